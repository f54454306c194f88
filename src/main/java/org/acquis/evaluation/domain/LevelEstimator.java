package org.acquis.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Estimates the learner's level θ by a one-parameter logistic maximum-likelihood fit on
 * the direct knowledge elements, P(success at level d) = 1 / (1 + e^-(θ - d)).
 * <p>
 * A virtual success at level 0 and a virtual failure at level 7 keep the estimate finite
 * when every answer is right (or wrong). θ is searched on the grid 0.5, 1.0, … 7.5: the
 * national platform reports θ in that range, a half-level resolution is all the "2 levels
 * above θ" filter needs, and a grid gives the same result on every machine, unlike an
 * iterative solver. On a tie the lower θ wins, so that the learner is not asked harder
 * questions on equal evidence.
 */
public final class LevelEstimator {

	static final double MIN_LEVEL = 0.5;
	static final double MAX_LEVEL = 7.5;

	private static final double STEP = 0.5;

	private static final double TIE = 1e-12;

	private record Observation(int level, boolean success) {
	}

	public double estimate(List<Skill> skills, List<KnowledgeElement> knowledgeElements) {
		List<Observation> observations = observations(skills, knowledgeElements);
		double best = MIN_LEVEL;
		double bestLikelihood = logLikelihood(best, observations);
		for (double theta = MIN_LEVEL + STEP; theta <= MAX_LEVEL; theta += STEP) {
			double likelihood = logLikelihood(theta, observations);
			if (likelihood > bestLikelihood + TIE) {
				best = theta;
				bestLikelihood = likelihood;
			}
		}
		return best;
	}

	/**
	 * Probability of success on a skill of level {@code level} for a learner of level θ.
	 */
	public static double successProbability(double theta, int level) {
		return 1 / (1 + Math.exp(-(theta - level)));
	}

	private static List<Observation> observations(List<Skill> skills, List<KnowledgeElement> knowledgeElements) {
		Map<String, Skill> byId = skills.stream()
			.collect(Collectors.toMap(Skill::id, Function.identity(), (a, b) -> a));
		List<Observation> observations = new ArrayList<>();
		observations.add(new Observation(0, true));
		observations.add(new Observation(7, false));
		for (KnowledgeElement element : KnowledgeState.of(knowledgeElements).elements()) {
			Skill skill = byId.get(element.skillId());
			if (skill != null && element.isDirect()) {
				observations.add(new Observation(skill.level(), element.isValidated()));
			}
		}
		return observations;
	}

	private static double logLikelihood(double theta, List<Observation> observations) {
		double sum = 0;
		for (Observation observation : observations) {
			double p = successProbability(theta, observation.level());
			sum += Math.log(observation.success() ? p : 1 - p);
		}
		return sum;
	}

}

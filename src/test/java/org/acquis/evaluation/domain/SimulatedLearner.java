package org.acquis.evaluation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replays a whole assessment for a learner who masters exactly the skills up to a level.
 */
final class SimulatedLearner {

	/**
	 * One question as it was asked: the challenge, θ and the tested skills just before
	 * asking it.
	 */
	record Step(Challenge challenge, Skill skill, double theta, Set<String> testedBefore) {
	}

	record Run(List<Step> steps, List<KnowledgeElement> knowledgeElements) {

		List<String> challengeIds() {
			return steps.stream().map(step -> step.challenge().id()).toList();
		}
	}

	static final int MAX_QUESTIONS = 200;

	private final SyntheticCompetence competence;

	private final KnowledgeStateAlgorithm algorithm = new KnowledgeStateAlgorithm();

	private final KnowledgeElementInference inference = new KnowledgeElementInference();

	private final LevelEstimator estimator = new LevelEstimator();

	SimulatedLearner(SyntheticCompetence competence) {
		this.competence = competence;
	}

	Run run(int masteredLevel, long seed) {
		List<KnowledgeElement> knowledgeElements = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		Instant now = SyntheticCompetence.START;
		boolean lastTimed = false;
		for (int question = 0; question < MAX_QUESTIONS; question++) {
			Optional<Challenge> next = algorithm.next(competence.skills, competence.challenges, knowledgeElements,
					lastTimed, seed);
			if (next.isEmpty()) {
				return new Run(steps, knowledgeElements);
			}
			Skill skill = competence.skill(next.get().skillId());
			steps.add(new Step(next.get(), skill, estimator.estimate(competence.skills, knowledgeElements),
					knowledgeElements.stream().map(KnowledgeElement::skillId).collect(Collectors.toSet())));
			knowledgeElements.addAll(
					inference.infer(competence.skills, knowledgeElements, skill, skill.level() <= masteredLevel, now));
			now = now.plus(Duration.ofMinutes(1));
			lastTimed = next.get().timed();
		}
		throw new AssertionError("the assessment did not end after " + MAX_QUESTIONS + " questions");
	}

}

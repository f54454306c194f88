package org.acquis.evaluation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Replays a whole assessment for a learner who masters exactly the skills up to a level,
 * possibly after earlier assessments.
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

	private long assessments;

	SimulatedLearner(SyntheticCompetence competence) {
		this.competence = competence;
	}

	Run run(int masteredLevel, long seed) {
		return run(competence.skills, List.of(), masteredLevel, seed);
	}

	/**
	 * A new assessment on these skills (all those of the competence, or those of a test
	 * capped at some level) for a learner who already has these knowledge elements from
	 * earlier assessments; the run's elements are the earlier ones followed by the new
	 * ones.
	 */
	Run run(List<Skill> assessed, List<KnowledgeElement> earlier, int masteredLevel, long seed) {
		UUID assessmentId = new UUID(seed, ++assessments);
		Set<String> assessedIds = assessed.stream().map(Skill::id).collect(Collectors.toSet());
		List<Challenge> challenges = competence.challenges.stream()
			.filter(challenge -> assessedIds.contains(challenge.skillId()))
			.toList();
		List<KnowledgeElement> knowledgeElements = new ArrayList<>(earlier);
		List<Step> steps = new ArrayList<>();
		Instant now = earlier.stream()
			.map(KnowledgeElement::createdAt)
			.max(Instant::compareTo)
			.map(last -> last.plus(Duration.ofDays(180)))
			.orElse(SyntheticCompetence.START);
		PreviousQuestion previous = PreviousQuestion.NONE;
		for (int question = 0; question < MAX_QUESTIONS; question++) {
			Optional<Challenge> next = algorithm.next(assessed, challenges, knowledgeElements, previous, seed);
			if (next.isEmpty()) {
				return new Run(steps, knowledgeElements);
			}
			Skill skill = competence.skill(next.get().skillId());
			steps.add(new Step(next.get(), skill, estimator.estimate(assessed, knowledgeElements),
					KnowledgeState.of(knowledgeElements)
						.elements()
						.stream()
						.map(KnowledgeElement::skillId)
						.collect(Collectors.toSet())));
			knowledgeElements.addAll(inference.infer(assessed, knowledgeElements, assessmentId, skill,
					skill.level() <= masteredLevel, now));
			now = now.plus(Duration.ofMinutes(1));
			previous = PreviousQuestion.of(next.get().timed());
		}
		throw new AssertionError("the assessment did not end after " + MAX_QUESTIONS + " questions");
	}

}

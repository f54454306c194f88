package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeStateAlgorithm;
import org.acquis.evaluation.domain.PreviousQuestion;
import org.acquis.evaluation.domain.Skill;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * The adaptive choice of the next question of an assessment, from its skills and the
 * learner's knowledge elements: made when an answer is recorded (so that the next
 * question is ready in the same transaction) and when an assessment asks its first one.
 */
@Component
class NextChallengeChoice {

	private final AssessedSkills skills;

	private final ContentBank bank;

	private final Clock clock;

	private final KnowledgeStateAlgorithm algorithm = new KnowledgeStateAlgorithm();

	NextChallengeChoice(AssessedSkills skills, ContentBank bank, Clock clock) {
		this.skills = skills;
		this.bank = bank;
		this.clock = clock;
	}

	/** Empty when no question is left: the assessment is over. */
	Optional<Challenge> choose(Assessment assessment, List<Skill> assessed, List<KnowledgeElement> history,
			PreviousQuestion previous) {
		var effective = AssessedSkills.effective(assessment, history, new EvaluationPolicy(this.clock));
		return this.algorithm
			.next(assessed, this.skills.playableChallenges(assessed), effective, previous, assessment.seed())
			.map(next -> this.bank.challenge(next.id()).orElseThrow());
	}

}

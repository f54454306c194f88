package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.MethodInput;
import org.acquis.evaluation.domain.PreviousQuestion;
import org.acquis.evaluation.domain.Skill;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * The choice of the next question of an assessment by its method, within its limits (a
 * number of questions, a deadline): made when an answer is recorded (so that the next
 * question is ready in the same transaction) and when an assessment asks its first one.
 */
@Component
class NextChallengeChoice {

	private final AssessedSkills skills;

	private final AssessmentMethods methods;

	private final ContentBank bank;

	private final Clock clock;

	NextChallengeChoice(AssessedSkills skills, AssessmentMethods methods, ContentBank bank, Clock clock) {
		this.skills = skills;
		this.methods = methods;
		this.bank = bank;
		this.clock = clock;
	}

	/**
	 * Empty when no question is left: the assessment is over. {@code answers}: how many
	 * it holds, the one being recorded included.
	 */
	Optional<Challenge> choose(Assessment assessment, List<Skill> assessed, List<KnowledgeElement> history,
			PreviousQuestion previous, int answers, Instant now) {
		var limit = assessment.rules().questionLimit();
		if ((limit != null && answers >= limit) || assessment.pastDeadline(now)) {
			return Optional.empty();
		}
		var effective = AssessedSkills.effective(assessment, history, new EvaluationPolicy(this.clock));
		var input = new MethodInput(assessed, this.skills.playableChallenges(assessed), effective, previous,
				assessment.seed(), answers, assessment.id());
		return this.methods.of(assessment).next(input).map(next -> this.bank.challenge(next.id()).orElseThrow());
	}

}

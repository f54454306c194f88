package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of questions for one learner. Only {@link Assessments} changes it, under a row
 * lock.
 *
 * @param competence the competence evaluated, or null for an assessment on chosen skills
 * @param skillIds the skills assessed, or null for all the skills of the competence
 * @param rules how it is run: its method, its limits, whether it counts in the profile
 */
public record Assessment(UUID id, UUID userId, Type type, State state, @Nullable String competence, String framework,
		@Nullable List<String> skillIds, long seed, @Nullable String currentChallengeId,
		@Nullable Instant currentAskedAt, @Nullable Instant currentDeadline, boolean lastChallengeTimed, int answers,
		boolean improving, Instant createdAt, Rules rules) {

	public enum Type {

		COMPETENCE_EVALUATION, CAMPAIGN, CERTIFICATION

	}

	public enum State {

		STARTED, COMPLETED, ABORTED

	}

	public boolean started() {
		return this.state == State.STARTED;
	}

	/**
	 * The assessment once an answer is recorded and {@code next} asked at {@code at}, its
	 * clock started when it is timed ({@code deadline}), as the answer writes it.
	 */
	public Assessment answered(boolean answeredTimed, String next, Instant at, @Nullable Instant deadline) {
		return new Assessment(this.id, this.userId, this.type, this.state, this.competence, this.framework,
				this.skillIds, this.seed, next, at, deadline, answeredTimed, this.answers + 1, this.improving,
				this.createdAt, this.rules);
	}

	/**
	 * Past the assessment's own deadline (not a timed question's): nothing more is asked.
	 */
	public boolean pastDeadline(Instant now) {
		return this.rules.deadline() != null && !now.isBefore(this.rules.deadline());
	}

	/**
	 * How an assessment is run, chosen when it starts and stored with it.
	 *
	 * @param method the name of its {@link org.acquis.evaluation.domain.AssessmentMethod}
	 * @param questionLimit at most this many answers, or null
	 * @param deadline no question asked nor answer taken from then on, or null
	 * @param countsInProfile whether its knowledge elements count in the learner's
	 * profile (a certification's do not)
	 */
	public record Rules(String method, @Nullable Integer questionLimit, @Nullable Instant deadline,
			boolean countsInProfile) {

		public static Rules standard(String method) {
			return new Rules(method, null, null, true);
		}

	}

}

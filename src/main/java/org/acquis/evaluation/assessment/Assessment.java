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
 */
public record Assessment(UUID id, UUID userId, Type type, State state, @Nullable String competence, String framework,
		@Nullable List<String> skillIds, long seed, @Nullable String currentChallengeId,
		@Nullable Instant currentAskedAt, @Nullable Instant currentDeadline, boolean lastChallengeTimed, int answers,
		boolean improving, Instant createdAt) {

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
				this.createdAt);
	}

}

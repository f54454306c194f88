package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One run of questions for one learner. Only {@link Assessments} changes it, under a row lock. */
public record Assessment(UUID id, UUID userId, Type type, State state, String competence, String framework,
		long seed, @Nullable String currentChallengeId, @Nullable Instant currentAskedAt,
		@Nullable Instant currentDeadline, boolean lastChallengeTimed, int answers, boolean improving,
		Instant createdAt) {

	public enum Type {

		COMPETENCE_EVALUATION

	}

	public enum State {

		STARTED, COMPLETED, ABORTED

	}

	public boolean started() {
		return this.state == State.STARTED;
	}

}

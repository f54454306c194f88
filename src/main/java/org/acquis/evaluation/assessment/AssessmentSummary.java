package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An assessment as other modules see it: whose, why, how it is run, where it stands, and
 * the result of each answer (never an answer's value nor a solution).
 *
 * @param type {@code COMPETENCE_EVALUATION}, {@code CAMPAIGN} or {@code CERTIFICATION}
 * @param state {@code STARTED}, {@code COMPLETED} or {@code ABORTED}
 * @param skillIds the skills chosen, empty for a competence evaluation
 */
@NamedInterface("assessment")
public record AssessmentSummary(UUID id, UUID userId, String type, String state, String method,
		@Nullable String competence, List<String> skillIds, @Nullable Integer questionLimit, @Nullable Instant deadline,
		boolean countsInProfile, Instant createdAt, @Nullable Instant completedAt, List<AnsweredChallenge> answers) {

	public AssessmentSummary {
		skillIds = List.copyOf(skillIds);
		answers = List.copyOf(answers);
	}

	public boolean completed() {
		return "COMPLETED".equals(this.state);
	}

	/** One answer: its challenge and skill, its result (OK, KO, SKIPPED...) and when. */
	@NamedInterface("assessment")
	public record AnsweredChallenge(String challengeId, String skillId, String result, Instant answeredAt) {
	}

}

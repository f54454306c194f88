package org.acquis.evaluation.profile;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One competence of a profile: its level and pix, where its evaluation stands, whether it
 * may be reset or retried now and from when (a completed evaluation: when its learner may
 * retry it, when reset it; null otherwise), and the evaluation to resume.
 */
@NamedInterface("profile")
public record Scorecard(String code, String name, String area, int level, int pix, CompetenceStatus status,
		boolean canReset, boolean canImprove, @Nullable UUID startedAssessmentId, @Nullable Instant improveAllowedAt,
		@Nullable Instant resetAllowedAt) {
}

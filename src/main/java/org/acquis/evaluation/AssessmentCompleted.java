package org.acquis.evaluation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment has no question left: its results are final.
 *
 * @param competence the competence evaluated, null for an assessment on chosen skills
 */
public record AssessmentCompleted(UUID assessmentId, UUID userId, String type, @Nullable String competence) {
}

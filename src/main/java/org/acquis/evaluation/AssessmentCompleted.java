package org.acquis.evaluation;

import java.util.UUID;

/** An assessment has no question left: its results are final. */
public record AssessmentCompleted(UUID assessmentId, UUID userId, String type, String competence) {
}

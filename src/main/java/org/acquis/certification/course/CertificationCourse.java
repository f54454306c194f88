package org.acquis.certification.course;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A candidate's test: who, where it stands, the evaluation assessment that runs it, its
 * deadline (105 minutes plus the candidate's extra time from the start).
 */
public record CertificationCourse(UUID id, UUID candidateId, long sessionId, UUID userId, CourseStatus status,
		String deviceHash, boolean resumeAuthorized, @Nullable UUID assessmentId, @Nullable Integer maxLevel,
		@Nullable Instant startedAt, @Nullable Instant deadline, @Nullable Instant endedAt,
		@Nullable String abortReason) {
}

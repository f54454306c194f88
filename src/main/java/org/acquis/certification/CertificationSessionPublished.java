package org.acquis.certification;

import java.time.Instant;

/**
 * The jury published a session's results: its certificates can now be seen by their
 * candidates and checked by anyone with their verification code. Published inside the
 * publishing transaction (listeners that must write with it use {@code @EventListener}).
 *
 * @param sessionId the session's number
 * @param publishedAt when it was published
 */
public record CertificationSessionPublished(long sessionId, Instant publishedAt) {
}

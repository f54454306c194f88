package org.acquis.certification;

import java.time.Instant;

/**
 * The jury withdrew a session's publication: its certificates are hidden again (their
 * verification codes are kept, so a new publication gives back the same codes).
 *
 * @param sessionId the session's number
 * @param unpublishedAt when it was withdrawn
 */
public record CertificationSessionUnpublished(long sessionId, Instant unpublishedAt) {
}

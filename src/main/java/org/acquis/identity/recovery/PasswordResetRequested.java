package org.acquis.identity.recovery;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a password-reset link for an account: the link is made and e-mailed
 * after the commit ({@link ResetMailListener}). The event holds no token: what stays in
 * {@code event_publication} opens nothing; each delivery makes its own link, valid until
 * an hour after the request.
 *
 * @param userId the account
 * @param requestedAt when it was asked: the link expires an hour later, however late the
 * e-mail leaves
 */
record PasswordResetRequested(UUID userId, Instant requestedAt) {
}

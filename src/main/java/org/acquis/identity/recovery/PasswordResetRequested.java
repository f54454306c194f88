package org.acquis.identity.recovery;

import java.util.UUID;

/**
 * A password-reset link was made for an account: its e-mail leaves after the commit
 * ({@link ResetMailListener}). The event holds the link's token, as the e-mail will, in
 * {@code event_publication} until the e-mail is sent and for
 * {@code acquis.jobs.completed-events-kept} (1 h, the link's own life) after; it never
 * prints it.
 *
 * @param userId the account
 * @param token the link's token (its SHA-256 fingerprint is in
 * {@code identity_password_reset})
 */
record PasswordResetRequested(UUID userId, String token) {

	@Override
	public String toString() {
		return "PasswordResetRequested[userId=" + this.userId + ", token=(hidden)]";
	}

}

package org.acquis.identity.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.acquis.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as stored. Users are referenced by id everywhere else. A pupil's account
 * issued by the school has a username and no e-mail, and must change its one-time
 * password at the first login.
 */
public record UserAccount(UUID id, String firstName, String lastName, @Nullable String email, @Nullable String username,
		@Nullable String passwordHash, String locale, Set<Role> roles, int failedLogins, @Nullable Instant blockedUntil,
		boolean permanentlyBlocked, boolean mustChangePassword) {

	/** The login the account is known by: its e-mail, else its username. */
	public String login() {
		return this.email != null ? this.email : java.util.Objects.requireNonNull(this.username, "email or username");
	}

}

package org.acquis.identity.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.acquis.identity.Role;
import org.jspecify.annotations.Nullable;

/** An account as stored. Users are referenced by id everywhere else. */
public record UserAccount(UUID id, String firstName, String lastName, @Nullable String email, @Nullable String username,
		@Nullable String passwordHash, String locale, Set<Role> roles, int failedLogins, @Nullable Instant blockedUntil,
		boolean permanentlyBlocked) {
}

package org.acquis.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The person behind a request, resolved from the session or the bearer token. */
public record CurrentUser(UUID id, Set<Role> roles, Locale locale) {

	public boolean has(Role role) {
		return this.roles.contains(role) || this.roles.contains(Role.SUPER_ADMIN);
	}

}

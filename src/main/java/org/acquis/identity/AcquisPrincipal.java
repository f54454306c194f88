package org.acquis.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The principal kept in a browser session (serialised into the JDBC session store). */
public record AcquisPrincipal(UUID id, String displayName, Set<Role> roles, String locale) implements Serializable {

	public CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.roles, Locale.forLanguageTag(this.locale));
	}

	@Override
	public String toString() {
		return this.id.toString();
	}

}

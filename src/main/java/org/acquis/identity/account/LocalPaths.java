package org.acquis.identity.account;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Where a form may send the visitor back to: a path of this site, never another site. */
public final class LocalPaths {

	// "/" not followed by "/" (which browsers read as another host), then the characters
	// of a path and query (RFC 3986): no backslash, no braces, no spaces, no controls
	private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]*");

	private LocalPaths() {
	}

	public static String safe(@Nullable String path) {
		return path != null && path.length() <= 2000 && LOCAL.matcher(path).matches() ? path : "/";
	}

	/**
	 * Where to go after logging in ({@code continue}): a page of this site other than the
	 * login page, else nothing.
	 */
	public static Optional<String> afterLogin(@Nullable String path) {
		var safe = safe(path);
		return "/".equals(safe) || safe.startsWith("/connexion") ? Optional.empty() : Optional.of(safe);
	}

}

package org.acquis.identity.account;

import java.util.Optional;

import org.acquis.shared.LocalPaths;
import org.jspecify.annotations.Nullable;

/**
 * Where to go after logging in, as the login form carries it ({@code continue}): a page
 * of this site other than the login page, never another site.
 */
public final class AfterLogin {

	private AfterLogin() {
	}

	public static Optional<String> page(@Nullable String path) {
		var safe = LocalPaths.safe(path);
		return "/".equals(safe) || safe.startsWith("/connexion") ? Optional.empty() : Optional.of(safe);
	}

}

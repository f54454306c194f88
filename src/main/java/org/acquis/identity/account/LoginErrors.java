package org.acquis.identity.account;

import java.util.Set;

/**
 * The login errors the login page shows. The page takes the code from its address, so
 * anything else is shown as a wrong login or password, never as text from the address.
 */
public final class LoginErrors {

	private static final String DEFAULT = "INVALID_CREDENTIALS";

	private static final Set<String> KNOWN = Set.of(DEFAULT, "ACCOUNT_TEMPORARILY_BLOCKED", "ACCOUNT_BLOCKED",
			"TOO_MANY_LOGIN_ATTEMPTS", "SERVICE_BUSY");

	private LoginErrors() {
	}

	/** The code itself when it is a login error, else {@code INVALID_CREDENTIALS}. */
	public static String shown(String code) {
		return code != null && KNOWN.contains(code) ? code : DEFAULT;
	}

}

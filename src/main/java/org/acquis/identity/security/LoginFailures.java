package org.acquis.identity.security;

import org.acquis.identity.account.LoginErrors;
import org.springframework.security.core.AuthenticationException;

/** The stable code of a failed login, carried from the provider to the login page. */
final class LoginFailures {

	private LoginFailures() {
	}

	static String code(AuthenticationException ex) {
		return LoginErrors.shown(String.valueOf(ex.getMessage()));
	}

}

package org.acquis.identity.web;

import org.springframework.security.core.AuthenticationException;

/** The stable code of a failed login, carried from the provider to the login page. */
final class LoginFailures {

	private LoginFailures() {
	}

	static String code(AuthenticationException ex) {
		String message = ex.getMessage();
		return message != null && message.matches("[A-Z_]{3,40}") ? message : "INVALID_CREDENTIALS";
	}

}

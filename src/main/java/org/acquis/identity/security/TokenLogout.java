package org.acquis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.token.TokenRevocations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Logging out of the pages also ends the person's API tokens (a script or an app on a
 * shared school computer).
 */
@Component
class TokenLogout implements LogoutHandler {

	private final TokenRevocations revocations;

	TokenLogout(TokenRevocations revocations) {
		this.revocations = revocations;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AcquisPrincipal principal) {
			this.revocations.revokeAll(principal.id());
		}
	}

}

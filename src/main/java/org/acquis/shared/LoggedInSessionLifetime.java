package org.acquis.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Page sessions (in the database, Spring Session) start short: every anonymous view of
 * the login or sign-up form makes one for its CSRF token, and it ends after
 * {@code spring.session.timeout} (30 min) without a request. Once its user is logged in
 * (form, sign-up, OIDC), the session lives {@link WebSettings#loggedInSessionTimeout()}
 * (8 h) from the first request that follows the login. Runs after the security filters,
 * which have resolved the user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class LoggedInSessionLifetime extends OncePerRequestFilter {

	private final int loggedInSeconds;

	LoggedInSessionLifetime(WebSettings settings) {
		this.loggedInSeconds = Math.toIntExact(settings.loggedInSessionTimeout().toSeconds());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (session != null && session.getMaxInactiveInterval() != this.loggedInSeconds && loggedIn()) {
			session.setMaxInactiveInterval(this.loggedInSeconds);
		}
		chain.doFilter(request, response);
	}

	private static boolean loggedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}

package org.acquis.identity.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.IdentitySettings;
import org.acquis.shared.ClientAddress;
import org.acquis.shared.PerMinuteLimit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one address across many accounts (the per-account
 * lockout covers one account): after {@code acquis.identity.login-attempts-per-minute}
 * (30) failed logins in a minute from one client address, further attempts from it are
 * refused until the next minute (per node). Successful logins are not counted, so a
 * classroom behind one address logs in freely. Counted atomically
 * ({@link PerMinuteLimit}): parallel attempts make no more than the limit of password
 * checks.
 */
@Component
class LoginRateLimit extends OncePerRequestFilter {

	private final PerMinuteLimit failures;

	private final ProblemResponses problems;

	LoginRateLimit(Clock clock, ProblemResponses problems, IdentitySettings settings) {
		this.failures = new PerMinuteLimit(settings.loginAttemptsPerMinute(), clock);
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals("/api/token") || path.equals("/connexion"));
	}

	/**
	 * Each attempt takes a slot before the password is checked and gives it back when it
	 * did not fail: parallel attempts cannot pass the limit.
	 */
	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var slot = this.failures.tryTake(ClientAddress.of(request.getRemoteAddr()));
		if (slot == null) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!failed(response)) {
				slot.giveBack();
			}
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", String.valueOf(this.failures.secondsToNextMinute()));
		if (request.getRequestURI().endsWith("/connexion")) {
			response.sendRedirect(request.getContextPath() + "/connexion?error=TOO_MANY_LOGIN_ATTEMPTS");
		}
		else {
			this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGIN_ATTEMPTS");
		}
	}

	private static boolean failed(HttpServletResponse response) {
		var location = response.getHeader("Location");
		return response.getStatus() == 401 || response.getStatus() == 423
				|| (location != null && location.contains("/connexion?error"));
	}

}

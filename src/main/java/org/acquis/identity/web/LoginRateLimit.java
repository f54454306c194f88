package org.acquis.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.IdentitySettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one address across many accounts (the per-account
 * lockout covers one account): after {@code acquis.identity.login-attempts-per-minute}
 * (30) failed logins in a minute from one client address, further attempts from it are
 * refused until the next minute (per node). Successful logins are not counted, so a
 * classroom behind one address logs in freely.
 */
@Component
class LoginRateLimit extends OncePerRequestFilter {

	private final int perMinute;

	private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final ProblemResponses problems;

	private volatile long window;

	LoginRateLimit(Clock clock, ProblemResponses problems, IdentitySettings settings) {
		this.perMinute = settings.loginAttemptsPerMinute();
		this.clock = clock;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals("/api/token") || path.equals("/connexion"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long minute = this.clock.millis() / 60_000;
		if (minute != this.window) {
			this.window = minute;
			this.attempts.clear();
		}
		var failures = this.attempts.computeIfAbsent(request.getRemoteAddr(), k -> new AtomicInteger());
		if (failures.get() >= this.perMinute) {
			response.setHeader("Retry-After", "60");
			if (request.getRequestURI().endsWith("/connexion")) {
				response.sendRedirect(request.getContextPath() + "/connexion?error=TOO_MANY_LOGIN_ATTEMPTS");
			}
			else {
				this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGIN_ATTEMPTS");
			}
			return;
		}
		chain.doFilter(request, response);
		if (failed(request, response)) {
			failures.incrementAndGet();
		}
	}

	private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
		var location = response.getHeader("Location");
		return response.getStatus() == 401 || response.getStatus() == 423
				|| (location != null && location.contains("/connexion?error"));
	}

}

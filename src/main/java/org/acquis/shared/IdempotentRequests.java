package org.acquis.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A {@code POST /api/...} sent again with the same {@code Idempotency-Key} gets the first
 * response again and changes nothing. The key is reserved before the request runs: a
 * retry racing the first attempt waits for its response (up to 5 seconds, then 409); a
 * reservation left by a crash expires after {@link #ABANDONED}.
 * <p>
 * Keys belong to their caller: a logged-in user, or, for an anonymous request, that very
 * request (path and body): another body under the same key is another caller's request
 * and simply runs. Responses that carry secrets (logins, tokens) are never stored, the
 * key is ignored there, and so are endpoints that keep their key themselves (both
 * declared by their module in its {@link WebRules}). Replies are kept {@link #KEPT}, then
 * deleted by a recurring job ({@link IdempotentRepliesPurge}), never on a request's way.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

	static final Duration ABANDONED = Duration.ofMinutes(1);

	static final Duration KEPT = Duration.ofHours(24);

	static final int MAX_KEY = 200;

	static final int WAITS = 100;

	static final long WAIT_MILLIS = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Problems problems;

	/**
	 * Paths left alone, as their modules declare ({@link WebRules}): responses that carry
	 * secrets (logins, tokens), and endpoints keeping their key with what they create (an
	 * answer, on the hottest path, where a second bookkeeping here would only cost round
	 * trips).
	 */
	private final List<PathPattern> excluded;

	IdempotentRequests(JdbcClient jdbc, Clock clock, Problems problems, List<WebRules> rules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.problems = problems;
		var all = WebRules.combined(rules);
		this.excluded = Stream.concat(all.secretResponses().stream(), all.ownIdempotency().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || request.getHeader("Idempotency-Key") == null
				|| !path.startsWith("/api/") || excluded(path);
	}

	private boolean excluded(String path) {
		var container = PathContainer.parsePath(path);
		return this.excluded.stream().anyMatch(p -> p.matches(container));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getHeader("Idempotency-Key");
		if (key.isBlank() || key.length() > MAX_KEY) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID");
			return;
		}
		// bounded by RequestBodyLimit, which runs before
		var body = request.getInputStream().readAllBytes();
		var hash = Hashing.sha256(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
		var caller = caller(hash);
		if (!reserveOrReplay(caller, key, hash, request, response)) {
			return;
		}
		var cachedResponse = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(new ReplayableBody(request, body), cachedResponse);
		}
		finally {
			complete(caller, key, cachedResponse);
			cachedResponse.copyBodyToResponse();
		}
	}

	/**
	 * True when this request holds the key and must run; false when the response was
	 * already written: a replay of the first response, or a refusal. A retry racing the
	 * first attempt waits for it.
	 */
	private boolean reserveOrReplay(String caller, String key, String hash, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		for (int wait = 0; wait < WAITS; wait++) {
			var stored = find(caller, key);
			if (stored != null && stored.createdAt().toInstant().plus(KEPT).isBefore(this.clock.instant())) {
				forget(caller, key, stored.createdAt());
				continue;
			}
			if (stored == null) {
				if (reserve(caller, key, hash)) {
					return true;
				}
				continue;
			}
			if (!stored.hash().equals(hash)) {
				refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED");
				return false;
			}
			if (stored.status() != null) {
				replay(stored, response);
				return false;
			}
			if (stored.createdAt().toInstant().plus(ABANDONED).isBefore(this.clock.instant())) {
				this.jdbc.sql(
						"DELETE FROM shared_idempotent_request WHERE caller = ? AND idempotency_key = ? AND status IS NULL")
					.params(caller, key)
					.update();
				continue;
			}
			pause();
		}
		refuse(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE");
		return false;
	}

	private static void pause() {
		try {
			Thread.sleep(WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Stored(String hash, Integer status, @Nullable String contentType, byte @Nullable [] body,
			@Nullable String location, Timestamp createdAt) {
	}

	private @Nullable Stored find(String caller, String key) {
		return this.jdbc.sql("""
				SELECT request_hash, status, content_type, body, location, created_at FROM shared_idempotent_request
				WHERE caller = ? AND idempotency_key = ?""")
			.params(caller, key)
			.query((rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4),
					rs.getString(5), rs.getTimestamp(6)))
			.optional()
			.orElse(null);
	}

	private static void replay(Stored stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader("Location", stored.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body());
		}
	}

	private void forget(String caller, String key, Timestamp createdAt) {
		this.jdbc
			.sql("DELETE FROM shared_idempotent_request WHERE caller = ? AND idempotency_key = ? AND created_at = ?")
			.params(caller, key, createdAt)
			.update();
	}

	private boolean reserve(String caller, String key, String hash) {
		try {
			this.jdbc.sql(
					"INSERT INTO shared_idempotent_request (caller, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
				.params(caller, key, hash, Timestamp.from(this.clock.instant()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Only successes are kept: a refused request changed nothing and may be sent again.
	 */
	private void complete(String caller, String key, ContentCachingResponseWrapper response) {
		if (response.getStatus() >= 200 && response.getStatus() < 300) {
			this.jdbc.sql("""
					UPDATE shared_idempotent_request SET status = ?, content_type = ?, body = ?, location = ?
					WHERE caller = ? AND idempotency_key = ?""")
				.params(response.getStatus(), response.getContentType(), response.getContentAsByteArray(),
						response.getHeader("Location"), caller, key)
				.update();
		}
		else {
			this.jdbc.sql("DELETE FROM shared_idempotent_request WHERE caller = ? AND idempotency_key = ?")
				.params(caller, key)
				.update();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		this.problems.write(request, response, status, code);
	}

	/**
	 * A logged-in user; else the request itself: two anonymous clients never share a
	 * reply, and only the exact same request is replayed.
	 */
	private static String caller(String requestHash) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			return "user:" + authentication.getName();
		}
		return "anonymous:" + requestHash;
	}

}

package org.acquis.certification.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.acquis.certification.session.SessionStatus;
import org.acquis.certification.session.Sessions;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invigilator logs in with the session's number and password and gets a token for
 * that session only. Guessing is slowed per session, in the database (every node counts
 * the same): each 5th wrong password in a row closes the door for 1, 2, 4 ... 60 minutes,
 * also to the right password.
 */
@Component
class InvigilatorAccess {

	static final int FAILURES_BEFORE_LOCK = 5;

	static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(60);

	private final Sessions sessions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InvigilatorAccess(Sessions sessions, JdbcClient jdbc, Clock clock) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A token for this session's supervision; refused (and counted) if the password is
	 * wrong.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	String login(long sessionId, @Nullable String password) {
		var session = this.sessions.find(sessionId).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		var now = this.clock.instant();
		var lock = this.sessions.invigilatorLock(sessionId);
		if (lock.lockedUntil() != null && now.isBefore(lock.lockedUntil())) {
			throw new DomainException("SUPERVISION_LOCKED", ErrorCategory.TOO_MANY_REQUESTS,
					Duration.between(now, lock.lockedUntil()).toMinutes() + 1);
		}
		if (password == null || !MessageDigest.isEqual(password.strip().getBytes(StandardCharsets.UTF_8),
				session.invigilatorPassword().getBytes(StandardCharsets.UTF_8))) {
			int failures = lock.failures() + 1;
			this.sessions.countInvigilatorFailure(sessionId, lockUntil(failures, now));
			throw new DomainException("INVIGILATOR_PASSWORD_WRONG", ErrorCategory.UNAUTHENTICATED);
		}
		if (session.status() != SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_OPEN");
		}
		this.sessions.resetInvigilatorFailures(sessionId);
		return issue(sessionId, now);
	}

	private static @Nullable Instant lockUntil(int failures, Instant now) {
		if (failures % FAILURES_BEFORE_LOCK != 0) {
			return null;
		}
		long minutes = 1L << Math.min(6, failures / FAILURES_BEFORE_LOCK - 1);
		return now
			.plus(Duration.ofMinutes(minutes).compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : Duration.ofMinutes(minutes));
	}

	private String issue(long sessionId, Instant now) {
		var bytes = new byte[32];
		this.random.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc
			.sql("INSERT INTO certification_supervision_token (token_hash, session_id, expires_at) VALUES (?, ?, ?)")
			.params(Hashing.sha256(token), sessionId, Timestamp.from(now.plus(TOKEN_LIFETIME)))
			.update();
		return token;
	}

	/** The token opens this session, or the call is 401. */
	void check(long sessionId, @Nullable String token) {
		boolean valid = token != null && !token.isBlank()
				&& this.jdbc.sql("""
						SELECT EXISTS (SELECT 1 FROM certification_supervision_token
						  WHERE token_hash = ? AND session_id = ? AND expires_at > ?)""")
					.params(Hashing.sha256(token), sessionId, Timestamp.from(this.clock.instant()))
					.query(Boolean.class)
					.single();
		if (!valid) {
			throw new DomainException("SUPERVISION_TOKEN_INVALID", ErrorCategory.UNAUTHENTICATED);
		}
	}

}

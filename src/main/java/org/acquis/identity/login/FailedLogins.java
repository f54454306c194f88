package org.acquis.identity.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed logins per account and client address ({@code identity_login_failure}). */
@Repository
public class FailedLogins {

	private final JdbcClient jdbc;

	FailedLogins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count of one address for one account; a forgotten count is zero. */
	State of(UUID userId, String source, Instant now) {
		return this.jdbc.sql("""
				SELECT failures, blocked_until FROM identity_login_failure
				WHERE user_id = ? AND source = ? AND last_failure_at > ?""")
			.params(userId, source, Timestamp.from(now.minus(LockoutRule.FORGOTTEN_AFTER)))
			.query((rs, row) -> {
				var blocked = rs.getTimestamp("blocked_until");
				return new State(rs.getInt("failures"), blocked == null ? null : blocked.toInstant());
			})
			.optional()
			.orElse(State.NONE);
	}

	/** Counts one more failure, atomically; returns the new count. */
	int record(UUID userId, String source, Instant now) {
		var forgotten = Timestamp.from(now.minus(LockoutRule.FORGOTTEN_AFTER));
		this.jdbc.sql("DELETE FROM identity_login_failure WHERE user_id = ? AND last_failure_at <= ?")
			.params(userId, forgotten)
			.update();
		return this.jdbc.sql("""
				INSERT INTO identity_login_failure (user_id, source, failures, last_failure_at) VALUES (?, ?, 1, ?)
				ON CONFLICT (user_id, source)
				DO UPDATE SET failures = identity_login_failure.failures + 1, last_failure_at = excluded.last_failure_at
				RETURNING failures""").params(userId, source, Timestamp.from(now)).query(Integer.class).single();
	}

	void block(UUID userId, String source, Instant until) {
		this.jdbc.sql("UPDATE identity_login_failure SET blocked_until = ? WHERE user_id = ? AND source = ?")
			.params(Timestamp.from(until), userId, source)
			.update();
	}

	/** A successful login from this address starts its count again. */
	void forget(UUID userId, String source) {
		this.jdbc.sql("DELETE FROM identity_login_failure WHERE user_id = ? AND source = ?")
			.params(userId, source)
			.update();
	}

	/** Every address's count of this account (unblock, password reset). */
	public void forgetAll(UUID userId) {
		this.jdbc.sql("DELETE FROM identity_login_failure WHERE user_id = ?").param(userId).update();
	}

	record State(int failures, @Nullable Instant blockedUntil) {

		static final State NONE = new State(0, null);

		boolean blockedAt(Instant now) {
			return this.blockedUntil != null && this.blockedUntil.isAfter(now);
		}

	}

}

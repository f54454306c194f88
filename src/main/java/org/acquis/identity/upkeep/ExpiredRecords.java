package org.acquis.identity.upkeep;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.acquis.identity.login.LockoutRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Identity's rows that no rule reads any more, deleted by a recurring job
 * ({@link IdentityJobs}) on one node at a time. Audit events are kept.
 */
@Component
class ExpiredRecords {

	/** Expired links and refresh tokens are kept one more day, then deleted. */
	static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

	/** The window of the per-address limit of reset requests. */
	static final Duration RESET_REQUEST_WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiredRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Deletes them all; returns how many rows went. */
	int purge() {
		var now = this.clock.instant();
		return delete("DELETE FROM identity_refresh_token WHERE expires_at < ?", now.minus(KEPT_AFTER_EXPIRY))
				+ delete("DELETE FROM identity_password_reset WHERE expires_at < ?", now.minus(KEPT_AFTER_EXPIRY))
				+ delete("DELETE FROM identity_password_reset_request WHERE at <= ?", now.minus(RESET_REQUEST_WINDOW))
				+ deleteForgottenFailures(now);
	}

	/** Failures forgotten after a day without failure, once no block runs. */
	private int deleteForgottenFailures(Instant now) {
		return this.jdbc.sql("""
				DELETE FROM identity_login_failure
				WHERE last_failure_at <= ? AND (blocked_until IS NULL OR blocked_until <= ?)""")
			.params(Timestamp.from(now.minus(LockoutRule.FORGOTTEN_AFTER)), Timestamp.from(now))
			.update();
	}

	private int delete(String sql, Instant before) {
		return this.jdbc.sql(sql).param(Timestamp.from(before)).update();
	}

}

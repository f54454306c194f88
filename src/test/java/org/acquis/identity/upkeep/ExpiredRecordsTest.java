package org.acquis.identity.upkeep;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity's clean-up job deletes what no rule reads any more, and only that. */
class ExpiredRecordsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiredRecords records;

	@Test
	void expiredTokensLinksRequestsAndForgottenFailuresGoAuditStays() {
		var now = this.clock.instant();
		var user = user();
		var oldToken = row("identity_refresh_token",
				"INSERT INTO identity_refresh_token "
						+ "(token_hash, user_id, family_id, expires_at) VALUES (?, ?, gen_random_uuid(), ?)",
				user, now.minus(Duration.ofDays(2)));
		var lateToken = row("identity_refresh_token",
				"INSERT INTO identity_refresh_token "
						+ "(token_hash, user_id, family_id, expires_at) VALUES (?, ?, gen_random_uuid(), ?)",
				user, now.minus(Duration.ofHours(1)));
		var oldLink = row("identity_password_reset",
				"INSERT INTO identity_password_reset "
						+ "(token_hash, user_id, created_at, expires_at) VALUES (?, ?, now(), ?)",
				user, now.minus(Duration.ofDays(2)));
		var liveLink = row("identity_password_reset",
				"INSERT INTO identity_password_reset "
						+ "(token_hash, user_id, created_at, expires_at) VALUES (?, ?, now(), ?)",
				user, now.plus(Duration.ofMinutes(30)));
		var source = "203.0.113." + UUID.randomUUID();
		request(source, now.minus(Duration.ofMinutes(61)));
		request(source, now.minus(Duration.ofMinutes(30)));
		failure(user, "old-address", now.minus(Duration.ofHours(25)));
		failure(user, "recent-address", now.minus(Duration.ofHours(23)));
		this.jdbc
			.sql("INSERT INTO identity_audit_event (at, actor_id, action, target_user_id) VALUES (?, ?, 'UNBLOCK', ?)")
			.params(Timestamp.from(now.minus(Duration.ofDays(400))), user, user)
			.update();

		assertThat(this.records.purge()).isGreaterThanOrEqualTo(4);

		assertThat(exists("identity_refresh_token", oldToken)).as("expired two days ago").isFalse();
		assertThat(exists("identity_refresh_token", lateToken)).as("expired an hour ago").isTrue();
		assertThat(exists("identity_password_reset", oldLink)).isFalse();
		assertThat(exists("identity_password_reset", liveLink)).isTrue();
		assertThat(count("SELECT count(*) FROM identity_password_reset_request WHERE source = ?", source))
			.as("the last hour's requests, which the address limit counts")
			.isOne();
		assertThat(count("SELECT count(*) FROM identity_login_failure WHERE user_id = ?", user))
			.as("failures of the last day, which the lockout counts")
			.isOne();
		assertThat(count("SELECT count(*) FROM identity_audit_event WHERE target_user_id = ?", user)).isOne();
	}

	private UUID user() {
		var id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO identity_user (id, first_name, last_name, email) VALUES (?, 'Ana', 'Bel', ?)")
			.params(id, "upkeep-" + id + "@example.org")
			.update();
		return id;
	}

	private String row(String table, String sql, UUID user, Instant expiresAt) {
		var hash = table + "-" + UUID.randomUUID();
		this.jdbc.sql(sql).params(hash, user, Timestamp.from(expiresAt)).update();
		return hash;
	}

	private void request(String source, Instant at) {
		this.jdbc.sql("INSERT INTO identity_password_reset_request (source, at) VALUES (?, ?)")
			.params(source, Timestamp.from(at))
			.update();
	}

	private void failure(UUID user, String source, Instant last) {
		this.jdbc.sql("""
				INSERT INTO identity_login_failure (user_id, source, failures, last_failure_at) VALUES (?, ?, 3, ?)""")
			.params(user, source, Timestamp.from(last))
			.update();
	}

	private boolean exists(String table, String hash) {
		return count("SELECT count(*) FROM " + table + " WHERE token_hash = ?", hash) == 1;
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

}

package org.acquis.identity.recovery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Password-reset links, kept as SHA-256 fingerprints, and the requests per client
 * address.
 */
@Repository
class ResetLinks {

	private final JdbcClient jdbc;

	ResetLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, UUID userId, Instant now, Instant expiresAt) {
		this.jdbc
			.sql("""
					INSERT INTO identity_password_reset (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)""")
			.params(tokenHash, userId, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
	}

	/** The account of a link that is neither used nor expired. */
	Optional<UUID> userOf(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				SELECT user_id FROM identity_password_reset
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
			.params(tokenHash, Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Uses a link once: only one of two concurrent uses gets the account. Every other
	 * open link of that account dies with it.
	 */
	Optional<UUID> use(String tokenHash, Instant now) {
		var user = this.jdbc.sql("""
				UPDATE identity_password_reset SET used_at = ?
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id""")
			.params(Timestamp.from(now), tokenHash, Timestamp.from(now))
			.query(UUID.class)
			.optional();
		user.ifPresent(id -> this.jdbc
			.sql("UPDATE identity_password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
			.params(Timestamp.from(now), id)
			.update());
		return user;
	}

	/**
	 * Counts a request from a source (a client address, or {@code account:} and an
	 * account's id); returns how many it made since the given time. Requests from one
	 * source are counted one at a time (a transaction-scoped advisory lock), so that
	 * concurrent requests cannot all slip under the limit.
	 */
	int recordRequest(String source, Instant now, Instant since) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(source).query().singleRow();
		this.jdbc.sql("DELETE FROM identity_password_reset_request WHERE source = ? AND at <= ?")
			.params(source, Timestamp.from(since))
			.update();
		this.jdbc.sql("INSERT INTO identity_password_reset_request (source, at) VALUES (?, ?)")
			.params(source, Timestamp.from(now))
			.update();
		return this.jdbc.sql("SELECT count(*) FROM identity_password_reset_request WHERE source = ?")
			.param(source)
			.query(Integer.class)
			.single();
	}

}

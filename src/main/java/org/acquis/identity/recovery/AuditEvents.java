package org.acquis.identity.recovery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was done to an account and by whom ({@code identity_audit_event}). */
@Repository
class AuditEvents {

	static final String UNBLOCK = "UNBLOCK";

	static final String PASSWORD_RESET = "PASSWORD_RESET";

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Instant at, UUID actorId, String action, UUID targetUserId) {
		this.jdbc.sql("INSERT INTO identity_audit_event (at, actor_id, action, target_user_id) VALUES (?, ?, ?, ?)")
			.params(Timestamp.from(at), actorId, action, targetUserId)
			.update();
	}

}

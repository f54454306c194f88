package org.acquis.shared;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replies of idempotent requests are kept {@link IdempotentRequests#KEPT} (24 h), then
 * deleted: a recurring job ({@link SharedJobs}), on one node at a time.
 */
@Component
class IdempotentRepliesPurge {

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentRepliesPurge(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Deletes the replies (and abandoned reservations) older than 24 h; returns how many.
	 */
	int purge() {
		return this.jdbc.sql("DELETE FROM shared_idempotent_request WHERE created_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(IdempotentRequests.KEPT)))
			.update();
	}

}

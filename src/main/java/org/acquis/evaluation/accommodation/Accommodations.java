package org.acquis.evaluation.accommodation;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The learners' accommodations ({@code evaluation_accommodation}; no row: none). */
@Component
public class Accommodations {

	private final JdbcClient jdbc;

	private final Clock clock;

	Accommodations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Accommodation of(UUID userId) {
		return this.jdbc.sql("SELECT kind, extra_time_percent FROM evaluation_accommodation WHERE user_id = ?")
			.param(userId)
			.query((rs, row) -> new Accommodation(Accommodation.Kind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("extra_time_percent")))
			.optional()
			.orElse(Accommodation.NONE);
	}

	@Transactional
	void set(UUID userId, Accommodation accommodation) {
		if (accommodation.kind() == Accommodation.Kind.NONE) {
			this.jdbc.sql("DELETE FROM evaluation_accommodation WHERE user_id = ?").param(userId).update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO evaluation_accommodation (user_id, kind, extra_time_percent, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET kind = excluded.kind,
				  extra_time_percent = excluded.extra_time_percent, updated_at = excluded.updated_at""")
			.params(userId, accommodation.kind().name(), accommodation.extraTimePercent(),
					Timestamp.from(this.clock.instant()))
			.update();
	}

}

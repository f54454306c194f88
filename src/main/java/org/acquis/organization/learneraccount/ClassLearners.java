package org.acquis.organization.learneraccount;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The active pupils of a class and the accounts they are linked to. */
@Component
class ClassLearners {

	record ClassLearner(UUID id, String firstName, String lastName, java.time.LocalDate birthDate,
			@Nullable UUID userId, boolean issuedBySchool) {
	}

	private final JdbcClient jdbc;

	ClassLearners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One generation of an organisation at a time: two would both create accounts. */
	void lock(UUID organizationId) {
		this.jdbc.sql("SELECT id FROM organization WHERE id = ? FOR UPDATE").param(organizationId).query().listOfRows();
	}

	List<ClassLearner> active(UUID organizationId, String division) {
		return this.jdbc.sql("""
				SELECT id, first_name, last_name, birth_date, user_id, account_issued_at IS NOT NULL AS issued
				FROM organization_learner WHERE organization_id = ? AND division = ? AND active
				ORDER BY last_name, first_name, id""")
			.params(organizationId, division)
			.query((rs, row) -> new ClassLearner(rs.getObject("id", UUID.class), rs.getString("first_name"),
					rs.getString("last_name"), rs.getDate("birth_date").toLocalDate(),
					rs.getObject("user_id", UUID.class), rs.getBoolean("issued")))
			.list();
	}

	void link(UUID learnerId, UUID userId, Instant now) {
		this.jdbc.sql("UPDATE organization_learner SET user_id = ?, account_issued_at = ?, updated_at = ? WHERE id = ?")
			.params(userId, Timestamp.from(now), Timestamp.from(now), learnerId)
			.update();
	}

}

package org.acquis.organization.learner;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acquis.organization.OrganizationLearner;
import org.acquis.organization.OrganizationLearners;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation's learners, listed page by page, by division. */
@Component
public class Learners {

	private static final String WHERE = " WHERE organization_id = :organization"
			+ " AND (CAST(:division AS TEXT) IS NULL OR division = :division)"
			+ " AND (CAST(:group AS TEXT) IS NULL OR CAST(:group AS TEXT) = ANY(groups))";

	private final JdbcClient jdbc;

	Learners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Page(List<OrganizationLearner> items, int page, int size, long total) {
	}

	public Page list(UUID organizationId, @Nullable String division, int page, int size) {
		return list(organizationId, division, null, page, size);
	}

	/** Of a division, of a group (SIECLE "G" structures, the SUP group), or all. */
	public Page list(UUID organizationId, @Nullable String division, @Nullable String group, int page, int size) {
		var items = this.jdbc.sql("SELECT " + OrganizationLearners.COLUMNS + " FROM organization_learner" + WHERE
				+ " ORDER BY active DESC, division NULLS LAST, last_name, first_name, id LIMIT :size OFFSET :offset")
			.param("organization", organizationId)
			.param("division", division)
			.param("group", group)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(OrganizationLearners::map)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM organization_learner" + WHERE)
			.param("organization", organizationId)
			.param("division", division)
			.param("group", group)
			.query(Long.class)
			.single();
		return new Page(items, page, size, total);
	}

	public List<String> divisions(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT DISTINCT division FROM organization_learner
				WHERE organization_id = ? AND active AND division IS NOT NULL ORDER BY division""")
			.param(organizationId)
			.query((rs, row) -> rs.getString(1))
			.list();
	}

	/** The groups of the active learners. */
	public List<String> groups(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT DISTINCT g FROM organization_learner, unnest(groups) AS g
				WHERE organization_id = ? AND active ORDER BY g""")
			.param(organizationId)
			.query((rs, row) -> rs.getString(1))
			.list();
	}

	void insert(UUID id, UUID organizationId, String firstName, String lastName, LocalDate birthDate,
			@Nullable String division, Instant now) {
		this.jdbc.sql("""
				INSERT INTO organization_learner
				  (id, organization_id, first_name, last_name, birth_date, division, active, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
			.params(id, organizationId, firstName, lastName, Date.valueOf(birthDate), division, Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

}

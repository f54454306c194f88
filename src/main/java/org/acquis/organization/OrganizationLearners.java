package org.acquis.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The learners of an organisation, for campaigns (reconciliation) and certification
 * (enrolment): the active ones, all or of one division.
 */
@Component
public class OrganizationLearners {

	/** The columns {@link #map} reads. */
	public static final String COLUMNS = "id, organization_id, first_name, last_name, birth_date, division, "
			+ "national_id, active, second_first_name, third_first_name, usage_name, student_number, groups, user_id";

	private static final String SELECT = "SELECT " + COLUMNS + " FROM organization_learner ";

	private final JdbcClient jdbc;

	OrganizationLearners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active learners of an organisation, all or of one division. */
	public List<OrganizationLearner> activeLearners(UUID organizationId, @Nullable String division) {
		return this.jdbc.sql(SELECT + " WHERE organization_id = :organization AND active"
				+ " AND (CAST(:division AS TEXT) IS NULL OR division = :division) ORDER BY last_name, first_name, id")
			.param("organization", organizationId)
			.param("division", division)
			.query(OrganizationLearners::map)
			.list();
	}

	public Optional<OrganizationLearner> find(UUID organizationId, UUID learnerId) {
		return this.jdbc.sql(SELECT + " WHERE organization_id = ? AND id = ?")
			.param(organizationId)
			.param(learnerId)
			.query(OrganizationLearners::map)
			.optional();
	}

	/** The learner record linked to this account (issued by the school), if any. */
	public Optional<OrganizationLearner> findByUser(UUID organizationId, UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE organization_id = ? AND user_id = ?")
			.param(organizationId)
			.param(userId)
			.query(OrganizationLearners::map)
			.optional();
	}

	public static OrganizationLearner map(ResultSet rs, int row) throws SQLException {
		var groups = rs.getArray("groups");
		return new OrganizationLearner(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("first_name"), rs.getString("last_name"), rs.getDate("birth_date").toLocalDate(),
				rs.getString("division"), rs.getString("national_id"), rs.getBoolean("active"),
				rs.getString("second_first_name"), rs.getString("third_first_name"), rs.getString("usage_name"),
				rs.getString("student_number"), groups == null ? List.of() : List.of((String[]) groups.getArray()),
				rs.getObject("user_id", UUID.class));
	}

}

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

	private static final String SELECT = """
			SELECT id, organization_id, first_name, last_name, birth_date, division, national_id, active
			FROM organization_learner
			""";

	private final JdbcClient jdbc;

	OrganizationLearners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

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

	public static OrganizationLearner map(ResultSet rs, int row) throws SQLException {
		return new OrganizationLearner(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("first_name"), rs.getString("last_name"), rs.getDate("birth_date").toLocalDate(),
				rs.getString("division"), rs.getString("national_id"), rs.getBoolean("active"));
	}

}

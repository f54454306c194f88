package org.acquis.organization;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation's public facts, for anyone (a campaign's landing page shows the school
 * and whether it manages its pupil list, to a pupil who is not a member): no member, no
 * learner, no UAI.
 */
@Component
public class Organizations {

	private final JdbcClient jdbc;

	Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PublicOrganization> of(UUID id) {
		return this.jdbc.sql("SELECT id, name, type, manages_students FROM organization WHERE id = ?")
			.param(id)
			.query((rs, row) -> new PublicOrganization(rs.getObject("id", UUID.class), rs.getString("name"),
					OrganizationType.fromCode(rs.getString("type")).orElseThrow(), rs.getBoolean("manages_students")))
			.optional();
	}

	/** What anyone may know of an organisation. */
	public record PublicOrganization(UUID id, String name, OrganizationType type, boolean managesStudents) {
	}

}

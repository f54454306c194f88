package org.acquis.organization.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acquis.organization.OrganizationRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The memberships table. */
@Component
public class Members {

	private final JdbcClient jdbc;

	private final Clock clock;

	Members(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds the member, or gives an existing member this role. */
	public void put(UUID organizationId, UUID userId, OrganizationRole role) {
		this.jdbc
			.sql("""
					INSERT INTO organization_membership (organization_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
					ON CONFLICT ON CONSTRAINT one_membership_per_user_and_organization DO UPDATE SET role = EXCLUDED.role""")
			.params(organizationId, userId, role.name(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Adds the member unless they already belong (an invitation never lowers a role). */
	public void addIfAbsent(UUID organizationId, UUID userId, OrganizationRole role) {
		this.jdbc.sql("""
				INSERT INTO organization_membership (organization_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT one_membership_per_user_and_organization DO NOTHING""")
			.params(organizationId, userId, role.name(), Timestamp.from(this.clock.instant()))
			.update();
	}

	public boolean organizationExists(UUID organizationId) {
		return this.jdbc.sql("SELECT count(*) FROM organization WHERE id = ?")
			.param(organizationId)
			.query(Long.class)
			.single() > 0;
	}

	/** Locks the organisation's row: membership changes of one organisation queue up. */
	void lockOrganization(UUID organizationId) {
		this.jdbc.sql("SELECT id FROM organization WHERE id = ? FOR UPDATE").param(organizationId).query().rowSet();
	}

	int countAdmins(UUID organizationId) {
		return this.jdbc
			.sql("SELECT count(*) FROM organization_membership WHERE organization_id = ? AND role = 'ADMIN'")
			.param(organizationId)
			.query(Integer.class)
			.single();
	}

	boolean remove(UUID organizationId, UUID userId) {
		return this.jdbc.sql("DELETE FROM organization_membership WHERE organization_id = ? AND user_id = ?")
			.params(organizationId, userId)
			.update() > 0;
	}

	record Member(UUID userId, OrganizationRole role) {
	}

	List<Member> of(UUID organizationId) {
		return this.jdbc.sql(
				"SELECT user_id, role FROM organization_membership WHERE organization_id = ? ORDER BY created_at, user_id")
			.param(organizationId)
			.query((rs, row) -> new Member(rs.getObject("user_id", UUID.class),
					OrganizationRole.valueOf(rs.getString("role"))))
			.list();
	}

}

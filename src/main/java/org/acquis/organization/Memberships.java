package org.acquis.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which organisation, for this module's endpoints and the other modules.
 * To someone who is not a member an organisation does not exist (404
 * {@code ORGANIZATION_NOT_FOUND}); a member asking for an admin's action is refused (403
 * {@code ORGANIZATION_ADMIN_ONLY}).
 */
@Component
public class Memberships {

	private static final String SELECT = """
			SELECT o.id, o.name, o.type, o.uai, o.manages_students, m.role
			FROM organization o JOIN organization_membership m ON m.organization_id = o.id
			""";

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganizationRole> roleOf(UUID organizationId, UUID userId) {
		return membership(organizationId, userId).map(MemberOrganization::role);
	}

	public List<MemberOrganization> organizationsOf(UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE m.user_id = ? ORDER BY o.name")
			.param(userId)
			.query(Memberships::map)
			.list();
	}

	/** The organisation, if this user is one of its members; else 404. */
	public MemberOrganization require(UUID organizationId, UUID userId) {
		return membership(organizationId, userId).orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND"));
	}

	/** The organisation, if this user is one of its admins; 404 or 403 otherwise. */
	public MemberOrganization requireAdmin(UUID organizationId, UUID userId) {
		var organization = require(organizationId, userId);
		if (!organization.admin()) {
			throw new DomainException("ORGANIZATION_ADMIN_ONLY", ErrorCategory.FORBIDDEN);
		}
		return organization;
	}

	private Optional<MemberOrganization> membership(UUID organizationId, UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE m.organization_id = ? AND m.user_id = ?")
			.param(organizationId)
			.param(userId)
			.query(Memberships::map)
			.optional();
	}

	private static MemberOrganization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MemberOrganization(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganizationType.fromCode(rs.getString("type")).orElseThrow(), rs.getString("uai"),
				rs.getBoolean("manages_students"), OrganizationRole.valueOf(rs.getString("role")));
	}

}

package org.acquis.organization.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.acquis.organization.OrganizationRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations, found by the fingerprint of their token (the token itself is never kept).
 */
@Component
class Invitations {

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Invitation(UUID id, UUID organizationId, String organizationName, String email, OrganizationRole role,
			Instant expiresAt, @Nullable Instant acceptedAt) {

		boolean expired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

	void insert(UUID id, UUID organizationId, String email, OrganizationRole role, String tokenHash, UUID invitedBy,
			Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO organization_invitation
				  (id, organization_id, email, role, token_hash, invited_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, organizationId, email, role.name(), tokenHash, invitedBy, Timestamp.from(now),
					Timestamp.from(expiresAt))
			.update();
	}

	Optional<Invitation> findByTokenHash(String tokenHash, boolean forUpdate) {
		return this.jdbc.sql("""
				SELECT i.id, i.organization_id, o.name, i.email, i.role, i.expires_at, i.accepted_at
				FROM organization_invitation i JOIN organization o ON o.id = i.organization_id
				WHERE i.token_hash = ?""" + (forUpdate ? " FOR UPDATE OF i" : ""))
			.param(tokenHash)
			.query((rs, row) -> new Invitation(rs.getObject("id", UUID.class),
					rs.getObject("organization_id", UUID.class), rs.getString("name"), rs.getString("email"),
					OrganizationRole.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("accepted_at") == null ? null : rs.getTimestamp("accepted_at").toInstant()))
			.optional();
	}

	void markAccepted(UUID id, UUID userId, Instant now) {
		this.jdbc.sql("UPDATE organization_invitation SET accepted_at = ?, accepted_by = ? WHERE id = ?")
			.params(Timestamp.from(now), userId, id)
			.update();
	}

}

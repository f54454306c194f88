package org.acquis.certification.center;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The centres and their members. */
@Repository
class CertificationCenters {

	private final JdbcClient jdbc;

	CertificationCenters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Center center) {
		this.jdbc.sql(
				"INSERT INTO certification_center (id, name, type, organization_id, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(center.id(), center.name(), center.type().name(), center.organizationId(),
					Timestamp.from(center.createdAt()))
			.update();
	}

	Optional<Center> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM certification_center WHERE id = ?")
			.param(id)
			.query(CertificationCenters::center)
			.optional();
	}

	/** Adds a member, or changes the role of one already there. */
	void putMember(UUID centerId, UUID userId, CenterRole role, Instant at) {
		this.jdbc.sql("""
				INSERT INTO certification_center_membership (center_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (center_id, user_id) DO UPDATE SET role = excluded.role""")
			.params(centerId, userId, role.name(), Timestamp.from(at))
			.update();
	}

	Optional<CenterRole> roleOf(UUID centerId, UUID userId) {
		return this.jdbc.sql("SELECT role FROM certification_center_membership WHERE center_id = ? AND user_id = ?")
			.params(centerId, userId)
			.query((rs, row) -> CenterRole.valueOf(rs.getString(1)))
			.optional();
	}

	List<Center> ofMember(UUID userId) {
		return this.jdbc.sql("""
				SELECT c.* FROM certification_center c JOIN certification_center_membership m ON m.center_id = c.id
				WHERE m.user_id = ? ORDER BY c.name""").param(userId).query(CertificationCenters::center).list();
	}

	private static Center center(ResultSet rs, int row) throws SQLException {
		return new Center(rs.getObject("id", UUID.class), rs.getString("name"),
				CenterType.valueOf(rs.getString("type")), rs.getObject("organization_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

}

package org.acquis.campaign.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The campaigns table. */
@Component
public class Campaigns {

	private static final String SELECT = """
			SELECT id, organization_id, organization_name, manages_students, owner_id, code, name, title, type,
			  target_profile_id, landing_text, end_text, external_id_label, multiple_sendings, created_at, archived_at
			FROM campaign""";

	private final JdbcClient jdbc;

	Campaigns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the campaign unless its code is taken; true if inserted. */
	boolean insert(Campaign c) {
		return this.jdbc.sql("""
				INSERT INTO campaign (id, organization_id, organization_name, manages_students, owner_id, code, name,
				  title, type, target_profile_id, landing_text, end_text, external_id_label, multiple_sendings,
				  created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
			.params(c.id(), c.organizationId(), c.organizationName(), c.managesStudents(), c.ownerId(), c.code(),
					c.name(), c.title(), c.type().name(), c.targetProfileId(), c.landingText(), c.endText(),
					c.externalIdLabel(), c.multipleSendings(), Timestamp.from(c.createdAt()))
			.update() == 1;
	}

	public Optional<Campaign> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Campaigns::map).optional();
	}

	/** The campaign of a code as a learner typed it (case and spaces aside). */
	public Optional<Campaign> findByCode(@Nullable String typed) {
		var code = CampaignCodes.normalized(typed);
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " WHERE code = ?").param(code).query(Campaigns::map).optional();
	}

	public List<Campaign> ofOrganization(UUID organizationId) {
		return this.jdbc.sql(SELECT + " WHERE organization_id = ? ORDER BY archived_at NULLS FIRST, created_at DESC")
			.param(organizationId)
			.query(Campaigns::map)
			.list();
	}

	void archive(UUID id, @Nullable Timestamp at) {
		this.jdbc.sql("UPDATE campaign SET archived_at = ? WHERE id = ?").params(at, id).update();
	}

	void updateTexts(UUID id, String name, @Nullable String title, String landingText, String endText,
			@Nullable String externalIdLabel) {
		this.jdbc.sql("""
				UPDATE campaign SET name = ?, title = ?, landing_text = ?, end_text = ?, external_id_label = ?
				WHERE id = ?""").params(name, title, landingText, endText, externalIdLabel, id).update();
	}

	/** Deletes a campaign nobody joined; false if someone did. */
	boolean deleteUnjoined(UUID id) {
		return this.jdbc.sql("""
				DELETE FROM campaign WHERE id = ?
				AND NOT EXISTS (SELECT 1 FROM campaign_participation WHERE campaign_id = campaign.id)""")
			.param(id)
			.update() == 1;
	}

	private static Campaign map(ResultSet rs, int row) throws SQLException {
		var archived = rs.getTimestamp("archived_at");
		return new Campaign(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), rs.getBoolean("manages_students"),
				rs.getObject("owner_id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("title"),
				Campaign.Type.valueOf(rs.getString("type")), rs.getObject("target_profile_id", UUID.class),
				rs.getString("landing_text"), rs.getString("end_text"), rs.getString("external_id_label"),
				rs.getBoolean("multiple_sendings"), rs.getTimestamp("created_at").toInstant(),
				archived == null ? null : archived.toInstant());
	}

}

package org.acquis.campaign.targetprofile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The table of target profiles, their tubes, stages and organisations. */
@Component
public class TargetProfiles {

	private static final String SELECT = """
			SELECT id, key, name, description, framework_code, estimated_minutes FROM campaign_target_profile""";

	private final JdbcClient jdbc;

	TargetProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void insert(TargetProfile profile, Instant now) {
		this.jdbc.sql("""
				INSERT INTO campaign_target_profile (id, key, name, description, framework_code, estimated_minutes,
				  created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(profile.id(), profile.key(), profile.name(), profile.description(), profile.framework(),
					profile.estimatedMinutes(), Timestamp.from(now))
			.update();
		for (var tube : profile.tubes()) {
			this.jdbc
				.sql("INSERT INTO campaign_target_profile_tube (target_profile_id, tube, max_level) VALUES (?, ?, ?)")
				.params(profile.id(), tube.tube(), tube.maxLevel())
				.update();
		}
		profile.stages().forEach(stage -> putStage(profile.id(), stage));
	}

	void putStage(UUID profileId, TargetProfile.Stage stage) {
		this.jdbc
			.sql("""
					INSERT INTO campaign_stage (id, target_profile_id, threshold, title, message) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (target_profile_id, threshold) DO UPDATE SET title = excluded.title, message = excluded.message""")
			.params(UUID.randomUUID(), profileId, stage.threshold(), stage.title(), stage.message())
			.update();
	}

	void attach(UUID profileId, Collection<UUID> organizationIds) {
		for (var organization : organizationIds) {
			this.jdbc.sql("""
					INSERT INTO campaign_target_profile_organization (target_profile_id, organization_id) VALUES (?, ?)
					ON CONFLICT DO NOTHING""").params(profileId, organization).update();
		}
	}

	public Optional<TargetProfile> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
	}

	public Optional<TargetProfile> findByKey(String key) {
		return this.jdbc.sql(SELECT + " WHERE key = ?").param(key).query(this::map).optional();
	}

	/**
	 * Those offered to this organisation: attached to it, or shipped with the product.
	 */
	public List<TargetProfile> offeredTo(UUID organizationId) {
		return this.jdbc.sql(SELECT + " " + """
				WHERE key IS NOT NULL OR id IN (SELECT target_profile_id FROM campaign_target_profile_organization
				  WHERE organization_id = ?) ORDER BY name, id""").param(organizationId).query(this::map).list();
	}

	public boolean offeredTo(UUID profileId, UUID organizationId) {
		return offeredTo(organizationId).stream().anyMatch(p -> p.id().equals(profileId));
	}

	record Summary(UUID id, @Nullable String key, String name, String framework) {
	}

	List<Summary> search(@Nullable String query, int page, int size) {
		return this.jdbc.sql("""
				SELECT id, key, name, framework_code FROM campaign_target_profile
				WHERE CAST(:q AS TEXT) IS NULL OR name ILIKE '%' || :q || '%' OR key ILIKE '%' || :q || '%'
				ORDER BY name, id LIMIT :size OFFSET :offset""")
			.param("q", query)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new Summary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private TargetProfile map(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var tubes = this.jdbc
			.sql("SELECT tube, max_level FROM campaign_target_profile_tube WHERE target_profile_id = ? ORDER BY tube")
			.param(id)
			.query((r, n) -> new TargetProfile.CappedTube(r.getString(1), r.getInt(2)))
			.list();
		var stages = this.jdbc
			.sql("SELECT threshold, title, message FROM campaign_stage WHERE target_profile_id = ? ORDER BY threshold")
			.param(id)
			.query((r, n) -> new TargetProfile.Stage(r.getInt(1), r.getString(2), r.getString(3)))
			.list();
		return new TargetProfile(id, rs.getString("key"), rs.getString("name"), rs.getString("description"),
				rs.getString("framework_code"), rs.getInt("estimated_minutes"), tubes, stages);
	}

}

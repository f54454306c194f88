package org.acquis.campaign.participation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The participations table. */
@Component
public class Participations {

	static final String SELECT = """
			SELECT id, campaign_id, user_id, organization_learner_id, first_name, last_name, division, external_id,
			  assessment_id, status, created_at, shared_at, validated_skills, target_skills, mastery_rate
			FROM campaign_participation""";

	private final JdbcClient jdbc;

	Participations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The learner's current participation (a retake replaced the former ones). */
	public Optional<Participation> current(UUID campaignId, UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE campaign_id = ? AND user_id = ? AND NOT improved")
			.params(campaignId, userId)
			.query(Participations::map)
			.optional();
	}

	public Optional<Participation> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Participations::map).optional();
	}

	/** Whether another learner of the campaign was matched to this record of the list. */
	boolean learnerTakenByAnother(UUID campaignId, UUID learnerId, UUID userId) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM campaign_participation
				  WHERE campaign_id = ? AND organization_learner_id = ? AND user_id <> ?)""")
			.params(campaignId, learnerId, userId)
			.query(Boolean.class)
			.single();
	}

	/** Serialises the joins of one learner to one campaign until the transaction ends. */
	void lock(UUID campaignId, UUID userId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param(campaignId + "/" + userId)
			.query((rs, row) -> 1)
			.single();
	}

	void insert(Participation p) {
		this.jdbc.sql("""
				INSERT INTO campaign_participation (id, campaign_id, user_id, organization_learner_id, first_name,
				  last_name, division, external_id, assessment_id, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.campaignId(), p.userId(), p.organizationLearnerId(), p.firstName(), p.lastName(),
					p.division(), p.externalId(), p.assessmentId(), p.status().name(), Timestamp.from(p.createdAt()))
			.update();
	}

	void markImproved(UUID id) {
		this.jdbc.sql("UPDATE campaign_participation SET improved = TRUE WHERE id = ?").param(id).update();
	}

	/** The assessment of a participation is over; true if one was waiting for it. */
	boolean assessmentOver(UUID assessmentId) {
		return this.jdbc
			.sql("UPDATE campaign_participation SET status = 'TO_SHARE' WHERE assessment_id = ? AND status = 'STARTED'")
			.param(assessmentId)
			.update() > 0;
	}

	/** Marks it shared unless it already was; true if this call shared it. */
	boolean share(UUID id, Instant at, @Nullable Integer validated, @Nullable Integer target,
			@Nullable BigDecimal rate) {
		return this.jdbc.sql("""
				UPDATE campaign_participation SET status = 'SHARED', shared_at = ?, validated_skills = ?,
				  target_skills = ?, mastery_rate = ?
				WHERE id = ? AND status <> 'SHARED'""")
			.params(Timestamp.from(at), validated, target, rate, id)
			.update() == 1;
	}

	static Participation map(ResultSet rs, int row) throws SQLException {
		var shared = rs.getTimestamp("shared_at");
		return new Participation(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getObject("organization_learner_id", UUID.class),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("division"),
				rs.getString("external_id"), rs.getObject("assessment_id", UUID.class),
				Participation.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				shared == null ? null : shared.toInstant(), rs.getObject("validated_skills", Integer.class),
				rs.getObject("target_skills", Integer.class), rs.getBigDecimal("mastery_rate"));
	}

}

package org.acquis.campaign.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.mastery.Mastery;
import org.acquis.campaign.participation.Participation;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's participants for its teachers (the current participation of each learner,
 * of one class or all), with their stage once shared, and the counts by status.
 */
@Component
class CampaignResults {

	private final JdbcClient jdbc;

	private final TargetProfiles profiles;

	CampaignResults(JdbcClient jdbc, TargetProfiles profiles) {
		this.jdbc = jdbc;
		this.profiles = profiles;
	}

	record Participant(UUID participationId, String firstName, String lastName, @Nullable String division,
			@Nullable String externalId, Participation.Status status, @Nullable BigDecimal masteryRate,
			@Nullable Integer stage, @Nullable Instant sharedAt, @Nullable Integer pixScore,
			@Nullable Boolean certifiable) {
	}

	record Page(List<Participant> items, int page, int size, long total, Counts counts) {
	}

	record Counts(long started, long toShare, long shared) {
	}

	static final String CURRENT = " FROM campaign_participation WHERE campaign_id = :campaign AND NOT improved"
			+ " AND (CAST(:division AS TEXT) IS NULL OR division = :division)";

	Page participants(Campaign campaign, @Nullable String division, int page, int size) {
		var stages = stages(campaign);
		var items = this.jdbc
			.sql("""
					SELECT id, first_name, last_name, division, external_id, status, mastery_rate, shared_at,
					  pix_score, certifiable""" + CURRENT
					+ " ORDER BY last_name, first_name, id LIMIT :size OFFSET :offset")
			.param("campaign", campaign.id())
			.param("division", division)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> {
				var rate = rs.getBigDecimal("mastery_rate");
				var shared = rs.getTimestamp("shared_at");
				var reached = rate == null ? null : Mastery.stage(stages, rate.doubleValue());
				return new Participant(rs.getObject("id", UUID.class), rs.getString("first_name"),
						rs.getString("last_name"), rs.getString("division"), rs.getString("external_id"),
						Participation.Status.valueOf(rs.getString("status")), rate,
						reached == null ? null : reached.number(), shared == null ? null : shared.toInstant(),
						rs.getObject("pix_score", Integer.class), rs.getObject("certifiable", Boolean.class));
			})
			.list();
		var counts = this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'STARTED'), count(*) FILTER (WHERE status = 'TO_SHARE'),
				  count(*) FILTER (WHERE status = 'SHARED')""" + CURRENT)
			.param("campaign", campaign.id())
			.param("division", division)
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		return new Page(items, page, size, counts.started() + counts.toShare() + counts.shared(), counts);
	}

	List<String> divisions(UUID campaignId) {
		return this.jdbc.sql("""
				SELECT DISTINCT division FROM campaign_participation
				WHERE campaign_id = ? AND division IS NOT NULL ORDER BY division""")
			.param(campaignId)
			.query((rs, row) -> rs.getString(1))
			.list();
	}

	List<TargetProfile.Stage> stages(Campaign campaign) {
		var profile = campaign.targetProfileId();
		return profile == null ? List.of() : this.profiles.find(profile).map(TargetProfile::stages).orElse(List.of());
	}

}

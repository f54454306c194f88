package org.acquis.campaign.results;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.mastery.Mastery;
import org.acquis.campaign.mastery.Rate;
import org.acquis.campaign.mastery.Recommendations;
import org.acquis.campaign.mastery.TubeStats;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The collective results of a campaign, from the shared results only (the campaign's own
 * copy, never evaluation's tables): mastery per competence and per tube, the number of
 * learners per stage, the tubes recommended to work on.
 */
@Component
class CampaignAnalysis {

	private static final String SHARED = """
			FROM campaign_shared_skill s JOIN campaign_participation p ON p.id = s.participation_id
			WHERE p.campaign_id = :campaign AND p.status = 'SHARED' AND NOT p.improved
			  AND (CAST(:division AS TEXT) IS NULL OR p.division = :division)""";

	private final JdbcClient jdbc;

	private final CampaignResults results;

	CampaignAnalysis(JdbcClient jdbc, CampaignResults results) {
		this.jdbc = jdbc;
		this.results = results;
	}

	record Analysis(long sharedParticipations, @Nullable Rate overall, List<Rate> competences, List<Rate> tubes,
			List<StageCount> stages, List<Recommendations.Recommended> recommendedTubes) {
	}

	record StageCount(int number, int threshold, String title, long participants) {
	}

	Analysis of(Campaign campaign, @Nullable String division) {
		var competences = this.jdbc
			.sql("SELECT s.competence_code, count(*) FILTER (WHERE s.validated), count(*) " + SHARED
					+ " GROUP BY s.competence_code ORDER BY s.competence_code")
			.param("campaign", campaign.id())
			.param("division", division)
			.query((rs, row) -> new Rate(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
		var tubes = tubes(campaign.id(), division);
		var validated = competences.stream().mapToLong(Rate::validated).sum();
		var total = competences.stream().mapToLong(Rate::total).sum();
		var stages = stages(campaign, division);
		long shared = stages.isEmpty() ? sharedCount(campaign.id(), division)
				: stages.stream().mapToLong(StageCount::participants).sum();
		return new Analysis(shared, total == 0 ? null : new Rate("", validated, total), competences,
				tubes.stream().map(TubeStats::rate).toList(), stages, Recommendations.of(tubes, 5));
	}

	private List<TubeStats> tubes(UUID campaignId, @Nullable String division) {
		return this.jdbc
			.sql("""
					WITH per AS (
					  SELECT s.tube, s.participation_id, count(*) FILTER (WHERE s.validated) AS v, count(*) AS t,
					    coalesce(max(s.level) FILTER (WHERE s.validated), 0) AS reached, max(s.level) AS cap
					""" + SHARED
					+ """
							  GROUP BY s.tube, s.participation_id)
							SELECT tube, max(cap), sum(v), sum(t), avg(reached::float / cap),
							  avg(CASE WHEN v > 0 AND v < t THEN 1.0 ELSE 0.0 END), avg(CASE WHEN reached < cap THEN 1.0 ELSE 0.0 END)
							FROM per GROUP BY tube ORDER BY tube""")
			.param("campaign", campaignId)
			.param("division", division)
			.query((rs, row) -> new TubeStats(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
					rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)))
			.list();
	}

	private List<StageCount> stages(Campaign campaign, @Nullable String division) {
		var stages = this.results.stages(campaign);
		var rates = this.jdbc.sql("""
				SELECT mastery_rate FROM campaign_participation
				WHERE campaign_id = :campaign AND status = 'SHARED' AND NOT improved
				  AND (CAST(:division AS TEXT) IS NULL OR division = :division)""")
			.param("campaign", campaign.id())
			.param("division", division)
			.query((rs, row) -> rs.getDouble(1))
			.list();
		var counts = new long[stages.size()];
		for (double rate : rates) {
			var reached = Mastery.stage(stages, rate);
			if (reached != null) {
				counts[reached.number()]++;
			}
		}
		var result = new ArrayList<StageCount>();
		for (int i = 0; i < stages.size(); i++) {
			TargetProfile.Stage stage = stages.get(i);
			result.add(new StageCount(i, stage.threshold(), stage.title(), counts[i]));
		}
		return result;
	}

	private long sharedCount(UUID campaignId, @Nullable String division) {
		return this.jdbc.sql("SELECT count(*) FROM campaign_participation WHERE campaign_id = :campaign"
				+ " AND status = 'SHARED' AND NOT improved AND (CAST(:division AS TEXT) IS NULL OR division = :division)")
			.param("campaign", campaignId)
			.param("division", division)
			.query(Long.class)
			.single();
	}

}

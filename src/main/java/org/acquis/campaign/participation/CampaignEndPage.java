package org.acquis.campaign.participation;

import java.util.Optional;
import java.util.UUID;

import org.acquis.campaign.campaign.Campaigns;
import org.acquis.evaluation.assessment.AssessmentEndPages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** After a campaign's assessment the learner sees the campaign's results page. */
@Component
class CampaignEndPage implements AssessmentEndPages {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	CampaignEndPage(JdbcClient jdbc, Campaigns campaigns) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
	}

	@Override
	public Optional<String> after(UUID assessmentId, UUID userId) {
		return this.jdbc.sql("SELECT campaign_id FROM campaign_participation WHERE assessment_id = ? AND user_id = ?")
			.params(assessmentId, userId)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.optional()
			.flatMap(this.campaigns::find)
			.map(c -> "/campagnes/" + c.code() + "/resultats");
	}

}

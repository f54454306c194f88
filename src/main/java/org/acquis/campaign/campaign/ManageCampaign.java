package org.acquis.campaign.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Archive (nobody joins any more, results stay), restore, delete a campaign nobody
 * joined: its owner and the organisation's admins.
 */
@Component
public class ManageCampaign {

	private final CampaignAccess access;

	private final Campaigns campaigns;

	private final Clock clock;

	ManageCampaign(CampaignAccess access, Campaigns campaigns, Clock clock) {
		this.access = access;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	public void archive(UUID campaignId, UUID userId) {
		this.access.manageable(campaignId, userId);
		this.campaigns.archive(campaignId, Timestamp.from(this.clock.instant()));
	}

	public void restore(UUID campaignId, UUID userId) {
		this.access.manageable(campaignId, userId);
		this.campaigns.archive(campaignId, null);
	}

	public void delete(UUID campaignId, UUID userId) {
		this.access.manageable(campaignId, userId);
		if (!this.campaigns.deleteUnjoined(campaignId)) {
			throw DomainException.conflict("CAMPAIGN_HAS_PARTICIPATIONS");
		}
	}

}

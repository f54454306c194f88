package org.acquis.campaign.campaign;

import java.util.UUID;

import org.acquis.organization.MemberOrganization;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.stereotype.Component;

/**
 * Who sees a campaign: the members of its organisation (to anyone else it does not exist:
 * 404); who manages it: its owner and the organisation's admins (403 for the other
 * members).
 */
@Component
public class CampaignAccess {

	private final Campaigns campaigns;

	private final Memberships memberships;

	CampaignAccess(Campaigns campaigns, Memberships memberships) {
		this.campaigns = campaigns;
		this.memberships = memberships;
	}

	public record Seen(Campaign campaign, MemberOrganization organization) {

		public boolean manageable(UUID userId) {
			return this.organization.admin() || this.campaign.ownerId().equals(userId);
		}

	}

	public Seen readable(UUID campaignId, UUID userId) {
		var campaign = this.campaigns.find(campaignId).orElseThrow(CampaignAccess::notFound);
		try {
			return new Seen(campaign, this.memberships.require(campaign.organizationId(), userId));
		}
		catch (DomainException notAMember) {
			throw notFound();
		}
	}

	/** The campaign seen from one of its organisation's pages: 404 if it is another's. */
	public Seen readable(UUID organizationId, UUID campaignId, UUID userId) {
		var seen = readable(campaignId, userId);
		if (!seen.campaign().organizationId().equals(organizationId)) {
			throw notFound();
		}
		return seen;
	}

	public Seen manageable(UUID campaignId, UUID userId) {
		var seen = readable(campaignId, userId);
		if (!seen.manageable(userId)) {
			throw new DomainException("CAMPAIGN_OWNER_OR_ADMIN_ONLY", ErrorCategory.FORBIDDEN);
		}
		return seen;
	}

	private static DomainException notFound() {
		return DomainException.notFound("CAMPAIGN_NOT_FOUND");
	}

}

package org.acquis.campaign.campaign;

import java.util.UUID;

import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a campaign or an admin of its organisation changes its texts after
 * creation: name, title, landing and end texts, external id label. A field left out stays
 * as it is; an empty one clears it (the name cannot be cleared). The type, target profile
 * and code never change.
 */
@Component
public class EditCampaign {

	private final CampaignAccess access;

	private final Campaigns campaigns;

	EditCampaign(CampaignAccess access, Campaigns campaigns) {
		this.access = access;
		this.campaigns = campaigns;
	}

	/** The texts to change; null: unchanged. */
	public record Texts(@Nullable String name, @Nullable String title, @Nullable String landingText,
			@Nullable String endText, @Nullable String externalIdLabel) {
	}

	@Transactional
	public Campaign edit(UUID campaignId, UUID userId, Texts texts) {
		var campaign = this.access.manageable(campaignId, userId).campaign();
		var name = texts.name() == null ? campaign.name() : CreateCampaign.text(texts.name(), 200);
		if (name == null) {
			throw DomainException.badInput("CAMPAIGN_NAME_INVALID");
		}
		var title = texts.title() == null ? campaign.title() : CreateCampaign.text(texts.title(), 200);
		var landing = texts.landingText() == null ? campaign.landingText()
				: orEmpty(CreateCampaign.text(texts.landingText(), CreateCampaign.TEXT_LIMIT));
		var end = texts.endText() == null ? campaign.endText()
				: orEmpty(CreateCampaign.text(texts.endText(), CreateCampaign.TEXT_LIMIT));
		var label = texts.externalIdLabel() == null ? campaign.externalIdLabel()
				: CreateCampaign.text(texts.externalIdLabel(), 100);
		this.campaigns.updateTexts(campaignId, name, title, landing, end, label);
		return this.campaigns.find(campaignId).orElseThrow();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}

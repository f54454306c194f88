package org.acquis.campaign.campaign;

import java.time.Clock;
import java.util.UUID;

import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A member of an organisation creates a campaign and owns it: an assessment on a target
 * profile offered to the organisation, or a profiles collection; its code is drawn until
 * one is free.
 */
@Component
public class CreateCampaign {

	static final int TEXT_LIMIT = 5_000;

	private final Campaigns campaigns;

	private final TargetProfiles profiles;

	private final Memberships memberships;

	private final Clock clock;

	private final CampaignCodes codes = new CampaignCodes();

	CreateCampaign(Campaigns campaigns, TargetProfiles profiles, Memberships memberships, Clock clock) {
		this.campaigns = campaigns;
		this.profiles = profiles;
		this.memberships = memberships;
		this.clock = clock;
	}

	public record Command(@Nullable String name, @Nullable String type, @Nullable UUID targetProfileId,
			@Nullable String title, @Nullable String landingText, @Nullable String endText,
			@Nullable String externalIdLabel, @Nullable Boolean multipleSendings) {
	}

	public record Created(UUID id, String code) {
	}

	public Created create(UUID organizationId, UUID userId, Command command) {
		var organization = this.memberships.require(organizationId, userId);
		var name = text(command.name(), 200);
		if (name == null) {
			throw DomainException.badInput("CAMPAIGN_NAME_INVALID");
		}
		var type = type(command.type());
		var profile = type == Campaign.Type.ASSESSMENT ? command.targetProfileId() : null;
		if (type == Campaign.Type.ASSESSMENT
				&& (profile == null || !this.profiles.offeredTo(profile, organizationId))) {
			throw DomainException.badInput("TARGET_PROFILE_NOT_OFFERED");
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			var campaign = new Campaign(UUID.randomUUID(), organizationId, organization.name(),
					organization.managesStudents(), userId, this.codes.next(), name, text(command.title(), 200), type,
					profile, orEmpty(text(command.landingText(), TEXT_LIMIT)),
					orEmpty(text(command.endText(), TEXT_LIMIT)), text(command.externalIdLabel(), 100),
					Boolean.TRUE.equals(command.multipleSendings()), this.clock.instant(), null);
			if (this.campaigns.insert(campaign)) {
				return new Created(campaign.id(), campaign.code());
			}
		}
		throw new IllegalStateException("No free campaign code after 20 draws");
	}

	private static Campaign.Type type(@Nullable String type) {
		for (var t : Campaign.Type.values()) {
			if (t.name().equals(type)) {
				return t;
			}
		}
		throw DomainException.badInput("CAMPAIGN_TYPE_INVALID");
	}

	/** The text stripped, null when blank; too long is refused. */
	static @Nullable String text(@Nullable String text, int limit) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > limit || text.indexOf('\0') >= 0) {
			throw DomainException.badInput("CAMPAIGN_TEXT_INVALID");
		}
		return text.strip();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}

package org.acquis.campaign.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.campaign.Campaigns;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learner's side of a campaign: its landing, joining, sharing. */
@RestController
class ParticipationController {

	private final Campaigns campaigns;

	private final JoinCampaign join;

	private final ShareResults share;

	private final Participations participations;

	ParticipationController(Campaigns campaigns, JoinCampaign join, ShareResults share, Participations participations) {
		this.campaigns = campaigns;
		this.join = join;
		this.share = share;
		this.participations = participations;
	}

	record Landing(String code, String name, String title, String organizationName, Campaign.Type type,
			String landingText, @Nullable String externalIdLabel, boolean reconciliationRequired, boolean archived) {
	}

	@Operation(summary = "A campaign's public landing, by its code")
	@GetMapping("/api/campaigns/code/{code}")
	Landing landing(@PathVariable String code) {
		var c = this.campaigns.findByCode(code).orElseThrow(() -> DomainException.notFound("CAMPAIGN_NOT_FOUND"));
		return new Landing(c.code(), c.name(), c.displayTitle(), c.organizationName(), c.type(), c.landingText(),
				c.externalIdLabel(), c.managesStudents(), c.archived());
	}

	record Joined(UUID participationId, @Nullable UUID assessmentId, Participation.Status status) {
	}

	@Operation(summary = "Join a campaign, or resume it (the same participation and assessment)")
	@PostMapping("/api/campaigns/code/{code}/participations")
	@ResponseStatus(HttpStatus.CREATED)
	Joined join(@PathVariable String code, @RequestBody(required = false) JoinCampaign.@Nullable Request request,
			CurrentUser user) {
		var p = this.join.join(code, user.id(),
				request == null ? new JoinCampaign.Request(null, null, false) : request);
		return new Joined(p.id(), p.assessmentId(), p.status());
	}

	record Shared(UUID participationId, Participation.Status status, @Nullable Instant sharedAt,
			@Nullable BigDecimal masteryRate) {
	}

	@Operation(summary = "Send one's results to the campaign's organisation")
	@PostMapping("/api/participations/{id}/share")
	Shared share(@PathVariable UUID id, CurrentUser user) {
		var p = this.share.share(id, user.id());
		return new Shared(p.id(), p.status(), p.sharedAt(), p.masteryRate());
	}

	@Operation(summary = "One's own participation")
	@GetMapping("/api/participations/{id}")
	Shared participation(@PathVariable UUID id, CurrentUser user) {
		var p = this.participations.find(id)
			.filter(found -> found.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("PARTICIPATION_NOT_FOUND"));
		return new Shared(p.id(), p.status(), p.sharedAt(), p.masteryRate());
	}

}

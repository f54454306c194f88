package org.acquis.campaign.participation;

import java.util.UUID;

import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.campaign.Campaigns;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The learner's campaign pages: the code form, a campaign's landing (open to anyone, the
 * way in of the code's link), joining (matched to the school's list when it manages one),
 * the results with "send my results", a retake.
 */
@Controller
class CampaignPages {

	private final Campaigns campaigns;

	private final Participations participations;

	private final JoinCampaign join;

	private final ShareResults share;

	private final LearnerResults results;

	CampaignPages(Campaigns campaigns, Participations participations, JoinCampaign join, ShareResults share,
			LearnerResults results) {
		this.campaigns = campaigns;
		this.participations = participations;
		this.join = join;
		this.share = share;
		this.results = results;
	}

	@GetMapping("/campagnes")
	String codeForm(@RequestParam(required = false) @Nullable String code, Model model) {
		if (code != null && !code.isBlank()) {
			var campaign = this.campaigns.findByCode(code);
			if (campaign.isPresent()) {
				return "redirect:/campagnes/" + campaign.get().code();
			}
			model.addAttribute("error", "CAMPAIGN_NOT_FOUND");
		}
		return "campaign/code";
	}

	@GetMapping("/campagnes/{code}")
	String landing(@PathVariable String code, @Nullable Authentication authentication, Model model) {
		var campaign = campaign(code);
		model.addAttribute("campaign", campaign);
		if (authentication != null && authentication.getPrincipal() instanceof AcquisPrincipal principal) {
			model.addAttribute("participation",
					this.participations.current(campaign.id(), principal.id()).orElse(null));
		}
		return "campaign/landing";
	}

	@PostMapping("/campagnes/{code}/participation")
	String join(@PathVariable String code, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String birthDate,
			@RequestParam(required = false) @Nullable String externalId,
			@RequestParam(defaultValue = "false") boolean retake, CurrentUser user, Model model) {
		var campaign = campaign(code);
		Participation participation;
		try {
			participation = this.join.join(code, user.id(), new JoinCampaign.Request(externalId,
					new JoinCampaign.Identity(firstName, lastName, birthDate), retake));
		}
		catch (DomainException refused) {
			if (refused.category() != org.acquis.shared.ErrorCategory.BAD_INPUT
					&& refused.category() != org.acquis.shared.ErrorCategory.CONFLICT) {
				throw refused;
			}
			model.addAttribute("campaign", campaign);
			model.addAttribute("error", refused.code());
			model.addAttribute("firstName", firstName);
			model.addAttribute("lastName", lastName);
			model.addAttribute("birthDate", birthDate);
			model.addAttribute("externalId", externalId);
			return "campaign/landing";
		}
		return next(campaign, participation);
	}

	@GetMapping("/campagnes/{code}/resultats")
	String results(@PathVariable String code, CurrentUser user, Model model) {
		var campaign = campaign(code);
		var participation = mine(campaign, user.id());
		if (participation.status() == Participation.Status.STARTED && participation.assessmentId() != null) {
			try {
				participation = this.share.stillStarted(participation);
			}
			catch (DomainException notFinished) {
				return "redirect:/evaluations/" + participation.assessmentId();
			}
		}
		model.addAttribute("view", this.results.of(participation));
		model.addAttribute("retakeAllowed", this.join.retakeAllowed(campaign, participation));
		var sharedAt = participation.sharedAt();
		model.addAttribute("sharedOn",
				sharedAt == null ? null : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
					.format(sharedAt.atZone(java.time.ZoneId.of("Europe/Paris"))));
		return "campaign/results";
	}

	@PostMapping("/campagnes/{code}/partage")
	String share(@PathVariable String code, CurrentUser user) {
		var campaign = campaign(code);
		this.share.share(mine(campaign, user.id()).id(), user.id());
		return "redirect:/campagnes/" + campaign.code() + "/resultats";
	}

	private String next(Campaign campaign, Participation participation) {
		if (participation.status() == Participation.Status.STARTED && participation.assessmentId() != null) {
			return "redirect:/evaluations/" + participation.assessmentId();
		}
		return "redirect:/campagnes/" + campaign.code() + "/resultats";
	}

	private Campaign campaign(String code) {
		return this.campaigns.findByCode(code).orElseThrow(() -> DomainException.notFound("CAMPAIGN_NOT_FOUND"));
	}

	private Participation mine(Campaign campaign, UUID userId) {
		return this.participations.current(campaign.id(), userId)
			.orElseThrow(() -> DomainException.notFound("PARTICIPATION_NOT_FOUND"));
	}

}

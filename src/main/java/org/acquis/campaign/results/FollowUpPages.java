package org.acquis.campaign.results;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.acquis.campaign.campaign.CampaignAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A campaign in the organisation's space: its code and link, the participants (refreshed
 * every 5 seconds without reload, htmx), the collective results by class, one
 * participant's results, the CSV.
 */
@Controller
class FollowUpPages {

	private final CampaignAccess access;

	private final CampaignResults results;

	private final CampaignAnalysis analysis;

	private final ResultsController api;

	private final ContentBank bank;

	FollowUpPages(CampaignAccess access, CampaignResults results, CampaignAnalysis analysis, ResultsController api,
			ContentBank bank) {
		this.access = access;
		this.results = results;
		this.analysis = analysis;
		this.api = api;
		this.bank = bank;
	}

	@GetMapping("/orga/{id}/campagnes/{campaignId}")
	String campaign(@PathVariable UUID id, @PathVariable UUID campaignId,
			@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String erreur, CurrentUser user, Locale locale, Model model) {
		var seen = this.access.readable(id, campaignId, user.id());
		if (erreur != null && erreur.matches("CAMPAIGN_[A-Z_]{1,40}")) {
			model.addAttribute("textsError", erreur);
		}
		var selected = ResultsController.blankToNull(division);
		model.addAttribute("organization", seen.organization());
		model.addAttribute("campaign", seen.campaign());
		model.addAttribute("manageable", seen.manageable(user.id()));
		model.addAttribute("division", selected);
		model.addAttribute("divisions", this.results.divisions(campaignId));
		model.addAttribute("participants", this.results.participants(seen.campaign(), selected, 0, 500));
		model.addAttribute("analysis", this.analysis.of(seen.campaign(), selected));
		model.addAttribute("labels", labels(locale));
		return "campaign/orga-campaign";
	}

	@GetMapping("/orga/{id}/campagnes/{campaignId}/participants")
	String participants(@PathVariable UUID id, @PathVariable UUID campaignId,
			@RequestParam(required = false) @Nullable String division, CurrentUser user, Model model) {
		var seen = this.access.readable(id, campaignId, user.id());
		model.addAttribute("organization", seen.organization());
		model.addAttribute("campaign", seen.campaign());
		model.addAttribute("division", ResultsController.blankToNull(division));
		model.addAttribute("participants",
				this.results.participants(seen.campaign(), ResultsController.blankToNull(division), 0, 500));
		return "campaign/orga-campaign :: participants";
	}

	@GetMapping("/orga/{id}/campagnes/{campaignId}/participants/{participationId}")
	String participant(@PathVariable UUID id, @PathVariable UUID campaignId, @PathVariable UUID participationId,
			CurrentUser user, Locale locale, Model model) {
		var seen = this.access.readable(id, campaignId, user.id());
		model.addAttribute("organization", seen.organization());
		model.addAttribute("view", this.api.participantView(campaignId, participationId, user));
		model.addAttribute("labels", labels(locale));
		return "campaign/orga-participant";
	}

	@GetMapping("/orga/{id}/campagnes/{campaignId}/export.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @PathVariable UUID campaignId, CurrentUser user,
			Locale locale) {
		return this.api.csv(this.access.readable(id, campaignId, user.id()).campaign(), locale);
	}

	private Map<String, String> labels(Locale locale) {
		var labels = new LinkedHashMap<String, String>();
		for (var competence : this.bank.core().competences()) {
			labels.put(competence.code(), competence.code() + " " + competence.name());
			this.bank.tubes(ContentBank.CORE, competence.code())
				.forEach(t -> labels.put(t.name(), t.title(locale.getLanguage())));
		}
		return labels;
	}

}

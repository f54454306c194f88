package org.acquis.campaign.results;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.campaign.campaign.CampaignAccess;
import org.acquis.campaign.mastery.Mastery;
import org.acquis.campaign.mastery.Rate;
import org.acquis.campaign.participation.LearnerResults;
import org.acquis.campaign.participation.Participation;
import org.acquis.campaign.participation.Participations;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A campaign's follow-up and results, for the members of its organisation. */
@RestController
class ResultsController {

	private final CampaignAccess access;

	private final CampaignResults results;

	private final CampaignAnalysis analysis;

	private final CampaignExport export;

	private final Participations participations;

	private final LearnerResults learnerResults;

	ResultsController(CampaignAccess access, CampaignResults results, CampaignAnalysis analysis, CampaignExport export,
			Participations participations, LearnerResults learnerResults) {
		this.access = access;
		this.results = results;
		this.analysis = analysis;
		this.export = export;
		this.participations = participations;
		this.learnerResults = learnerResults;
	}

	@Operation(summary = "The participants, of one class or all, with their status, mastery and stage")
	@GetMapping("/api/campaigns/{id}/participants")
	CampaignResults.Page participants(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, CurrentUser user) {
		var campaign = this.access.readable(id, user.id()).campaign();
		if (page < 0 || size < 1 || size > 200) {
			throw DomainException.badInput("PAGE_INVALID");
		}
		return this.results.participants(campaign, blankToNull(division), page, size);
	}

	record ParticipantResults(UUID participationId, String firstName, String lastName, @Nullable String division,
			Participation.Status status, Rate overall, java.util.List<Rate> competences,
			Mastery.@Nullable StageReached stage, org.acquis.campaign.profiles.@Nullable SharedProfile profile,
			java.util.List<org.acquis.campaign.badge.EarnedBadges.Earned> badges) {
	}

	@Operation(summary = "One participant's results: what they shared (nothing before); a profiles "
			+ "collection's profile; the badges earned")
	@GetMapping("/api/campaigns/{id}/participants/{participationId}")
	ParticipantResults participant(@PathVariable UUID id, @PathVariable UUID participationId, CurrentUser user) {
		var view = participantView(id, participationId, user);
		var p = view.participation();
		return new ParticipantResults(p.id(), p.firstName(), p.lastName(), p.division(), p.status(), view.overall(),
				view.competences(), view.stage(), view.collected(), view.badges());
	}

	LearnerResults.View participantView(UUID campaignId, UUID participationId, CurrentUser user) {
		this.access.readable(campaignId, user.id());
		var participation = this.participations.find(participationId)
			.filter(p -> p.campaignId().equals(campaignId) && p.status() == Participation.Status.SHARED)
			.orElseThrow(() -> DomainException.notFound("PARTICIPATION_NOT_FOUND"));
		return this.learnerResults.of(participation);
	}

	@Operation(summary = "Collective results: per competence and tube, stages, recommended tubes")
	@GetMapping("/api/campaigns/{id}/analysis")
	CampaignAnalysis.Analysis analysis(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			CurrentUser user) {
		return this.analysis.of(this.access.readable(id, user.id()).campaign(), blankToNull(division));
	}

	@Operation(summary = "The results as CSV (UTF-8 with BOM, ';'), streamed")
	@GetMapping("/api/campaigns/{id}/export.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, CurrentUser user, Locale locale) {
		var campaign = this.access.readable(id, user.id()).campaign();
		return csv(campaign, locale);
	}

	ResponseEntity<StreamingResponseBody> csv(org.acquis.campaign.campaign.Campaign campaign, Locale locale) {
		var name = "campagne-" + campaign.code() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> this.export.write(campaign, locale, out));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

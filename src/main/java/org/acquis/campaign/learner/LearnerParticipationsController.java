package org.acquis.campaign.learner;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One learner's participations in the organisation's campaigns. */
@RestController
class LearnerParticipationsController {

	private final LearnerParticipations participations;

	LearnerParticipationsController(LearnerParticipations participations) {
		this.participations = participations;
	}

	@Operation(summary = "A learner's participations in the organisation's campaigns: campaign, status, "
			+ "shared date, mastery rate (shared ones)")
	@GetMapping("/api/organizations/{id}/learners/{learnerId}/participations")
	List<LearnerParticipations.Row> participations(@PathVariable UUID id, @PathVariable UUID learnerId,
			CurrentUser user) {
		return this.participations.of(id, learnerId, user).participations();
	}

}

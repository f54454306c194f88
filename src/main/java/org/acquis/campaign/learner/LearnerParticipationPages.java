package org.acquis.campaign.learner;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A learner's page in the organisation space (the organisation's list of learners links
 * to it): who they are and their participations, the shared ones linked to their results.
 */
@Controller
class LearnerParticipationPages {

	private final LearnerParticipations participations;

	LearnerParticipationPages(LearnerParticipations participations) {
		this.participations = participations;
	}

	@GetMapping("/orga/{id}/eleves/{learnerId}")
	String learner(@PathVariable UUID id, @PathVariable UUID learnerId, CurrentUser user, Model model) {
		var seen = this.participations.of(id, learnerId, user);
		model.addAttribute("organization", seen.organization());
		model.addAttribute("learner", seen.learner());
		model.addAttribute("participations", seen.participations());
		return "campaign/orga-learner";
	}

}

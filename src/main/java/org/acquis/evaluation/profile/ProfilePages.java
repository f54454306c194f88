package org.acquis.evaluation.profile;

import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The learner's profile page. */
@Controller
class ProfilePages {

	private final LearnerProfile profile;

	private final ContentBank bank;

	ProfilePages(LearnerProfile profile, ContentBank bank) {
		this.profile = profile;
		this.bank = bank;
	}

	@GetMapping("/profil")
	String profile(CurrentUser user, Model model) {
		var profile = this.profile.of(user.id());
		model.addAttribute("profile", profile);
		model.addAttribute("rosette", Rosette.of(profile));
		model.addAttribute("areas", this.bank.core().areas());
		return "evaluation/profile";
	}

}

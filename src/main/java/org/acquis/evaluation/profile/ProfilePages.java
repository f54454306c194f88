package org.acquis.evaluation.profile;

import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The learner's profile page: the competences grouped by area, the rosette,
 * certifiability and, on a first visit, a welcome.
 */
@Controller
class ProfilePages {

	private final LearnerProfile profile;

	private final Welcome welcome;

	private final ContentBank bank;

	ProfilePages(LearnerProfile profile, Welcome welcome, ContentBank bank) {
		this.profile = profile;
		this.welcome = welcome;
		this.bank = bank;
	}

	@GetMapping("/profil")
	String profile(CurrentUser user, Model model) {
		var profile = this.profile.of(user.id());
		model.addAttribute("profile", profile);
		model.addAttribute("rosette", Rosette.of(profile));
		model.addAttribute("groups", AreaGroup.of(this.bank.core(), profile));
		model.addAttribute("missing",
				Math.max(0, LearnerProfile.CERTIFIABLE_COMPETENCES - profile.competencesAtLevel1OrMore()));
		model.addAttribute("welcome", this.welcome.shown(user.id(), profile));
		model.addAttribute("suggestions", this.welcome.suggestions(profile));
		return "evaluation/profile";
	}

	/**
	 * Closes the welcome: htmx removes it in place, a plain form comes back to the
	 * profile.
	 */
	@PostMapping("/profil/bienvenue")
	Object dismissWelcome(CurrentUser user, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
		this.welcome.dismiss(user.id());
		return htmx ? ResponseEntity.ok("") : "redirect:/profil";
	}

}

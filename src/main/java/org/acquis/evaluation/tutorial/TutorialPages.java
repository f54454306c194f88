package org.acquis.evaluation.tutorial;

import org.acquis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Saved tutorials, and saving or marking one useful from any page. */
@Controller
class TutorialPages {

	private final LearnerTutorials tutorials;

	TutorialPages(LearnerTutorials tutorials) {
		this.tutorials = tutorials;
	}

	@GetMapping("/tutoriels")
	String savedTutorials(CurrentUser user, Model model) {
		model.addAttribute("tutorials", this.tutorials.saved(user.id()));
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		return "evaluation/tutorials";
	}

	@PostMapping("/tutoriels/{id}/enregistrer")
	String saveTutorial(@PathVariable String id, @RequestParam(defaultValue = "true") boolean saved,
			@RequestParam(defaultValue = "/tutoriels") String back, CurrentUser user) {
		this.tutorials.save(user.id(), id, saved);
		return "redirect:" + safe(back);
	}

	@PostMapping("/tutoriels/{id}/utile")
	String usefulTutorial(@PathVariable String id, @RequestParam(defaultValue = "/tutoriels") String back,
			CurrentUser user) {
		this.tutorials.markUseful(user.id(), id);
		return "redirect:" + safe(back);
	}

	/** Only paths of this site: never an open redirect. */
	private static String safe(String back) {
		return back.startsWith("/") && !back.startsWith("//") && back.matches("[A-Za-z0-9/_\\-.]*") ? back
				: "/tutoriels";
	}

}

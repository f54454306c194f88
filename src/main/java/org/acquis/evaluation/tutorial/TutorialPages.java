package org.acquis.evaluation.tutorial;

import java.util.Optional;
import java.util.regex.Pattern;

import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saved tutorials by competence, and saving or marking one useful from any page: both
 * toggle. With htmx ({@code HX-Request}) the learner stays on the page and gets the
 * toggled button back; a plain form comes back to the page it was posted from, at the
 * tutorial's card.
 */
@Controller
class TutorialPages {

	/** A path of this site, with an optional simple query: never an open redirect. */
	private static final Pattern SAFE_BACK = Pattern.compile("/(?!/)[A-Za-z0-9/_\\-.]*(\\?[A-Za-z0-9_.=&:\\-]*)?");

	private static final String CARD = "evaluation/tutorial-card";

	private final LearnerTutorials tutorials;

	private final TutorialGroups groups;

	private final ContentBank bank;

	TutorialPages(LearnerTutorials tutorials, TutorialGroups groups, ContentBank bank) {
		this.tutorials = tutorials;
		this.groups = groups;
		this.bank = bank;
	}

	@GetMapping("/tutoriels")
	String savedTutorials(@RequestParam(required = false) @Nullable String competence, CurrentUser user, Model model) {
		var groups = this.groups.of(this.tutorials.saved(user.id()));
		var chosen = Optional.ofNullable(competence).filter(c -> !c.isBlank());
		model.addAttribute("groups", groups);
		model.addAttribute("shown", TutorialGroups.filtered(groups, chosen));
		model.addAttribute("competence", chosen.orElse(""));
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		return "evaluation/tutorials";
	}

	@PostMapping("/tutoriels/{id}/enregistrer")
	String saveTutorial(@PathVariable String id, @RequestParam(defaultValue = "true") boolean saved,
			@RequestParam(defaultValue = "/tutoriels") String back,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, CurrentUser user, Model model) {
		this.tutorials.save(user.id(), id, saved);
		return answer(id, back, htmx, user, model, "save");
	}

	@PostMapping("/tutoriels/{id}/utile")
	String usefulTutorial(@PathVariable String id, @RequestParam(defaultValue = "true") boolean useful,
			@RequestParam(defaultValue = "/tutoriels") String back,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, CurrentUser user, Model model) {
		this.tutorials.markUseful(user.id(), id, useful);
		return answer(id, back, htmx, user, model, "useful");
	}

	/** htmx: the toggled form in place; a plain form: back to its page, at the card. */
	private String answer(String id, String back, boolean htmx, CurrentUser user, Model model, String toggle) {
		var safe = safe(back);
		if (!htmx) {
			return "redirect:" + safe + "#tutoriel-" + id;
		}
		model.addAttribute("t", this.bank.tutorial(id).orElseThrow());
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		model.addAttribute("back", safe);
		return CARD + " :: " + toggle;
	}

	static String safe(String back) {
		return SAFE_BACK.matcher(back).matches() ? back : "/tutoriels";
	}

}

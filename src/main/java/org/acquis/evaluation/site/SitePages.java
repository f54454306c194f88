package org.acquis.evaluation.site;

import org.acquis.evaluation.assessment.EvaluationSettings;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public pages of the learner's space: home (with the framework's five areas, in
 * their colours) and accessibility statement.
 */
@Controller
class SitePages {

	private final EvaluationSettings settings;

	private final ContentBank bank;

	SitePages(EvaluationSettings settings, ContentBank bank) {
		this.settings = settings;
		this.bank = bank;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("maxLevel", this.settings.maxLevel());
		model.addAttribute("areas", this.bank.core().areas());
		return "home";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "accessibility";
	}

}

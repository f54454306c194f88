package org.acquis.evaluation.site;

import org.acquis.evaluation.assessment.EvaluationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages of the learner's space: home and accessibility statement. */
@Controller
class SitePages {

	private final EvaluationSettings settings;

	SitePages(EvaluationSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("maxLevel", this.settings.maxLevel());
		return "home";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "accessibility";
	}

}

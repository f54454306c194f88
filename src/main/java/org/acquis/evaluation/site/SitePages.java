package org.acquis.evaluation.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages of the learner's space: home and accessibility statement. */
@Controller
class SitePages {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "accessibility";
	}

}

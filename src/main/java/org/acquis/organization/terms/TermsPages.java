package org.acquis.organization.terms;

import org.acquis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The terms of the organisation space, shown until accepted. */
@Controller
class TermsPages {

	private final SpaceTerms terms;

	TermsPages(SpaceTerms terms) {
		this.terms = terms;
	}

	@GetMapping(TermsGate.TERMS)
	String show(Model model) {
		model.addAttribute("version", this.terms.version());
		return "organization/terms";
	}

	@PostMapping(TermsGate.TERMS)
	String accept(CurrentUser user) {
		this.terms.accept(user.id());
		return "redirect:/orga";
	}

}

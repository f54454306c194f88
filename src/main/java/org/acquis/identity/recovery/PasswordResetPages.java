package org.acquis.identity.recovery;

import java.util.Locale;

import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mot de passe oublié ?": ask for a link, then set a new password from it. */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	private final Problems problems;

	PasswordResetPages(PasswordResets resets, Problems problems) {
		this.resets = resets;
		this.problems = problems;
	}

	@GetMapping("/mot-de-passe-oublie")
	String requestForm() {
		return "identity/forgotten-password";
	}

	@PostMapping("/mot-de-passe-oublie")
	String request(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		try {
			this.resets.request(email);
			model.addAttribute("sent", true);
		}
		catch (DomainException ex) {
			model.addAttribute("error", this.problems.message(ex.code(), locale));
			model.addAttribute("email", email);
		}
		return "identity/forgotten-password";
	}

	@GetMapping("/nouveau-mot-de-passe/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.resets.usable(token));
		return "identity/new-password";
	}

	@PostMapping("/nouveau-mot-de-passe/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Locale locale,
			Model model) {
		try {
			this.resets.reset(token, password);
			return "redirect:/connexion?reset";
		}
		catch (DomainException ex) {
			model.addAttribute("token", token);
			model.addAttribute("usable", !"PASSWORD_RESET_LINK_INVALID".equals(ex.code()));
			model.addAttribute("error", this.problems.message(ex.code(), locale));
			return "identity/new-password";
		}
	}

}

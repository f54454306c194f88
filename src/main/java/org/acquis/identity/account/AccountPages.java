package org.acquis.identity.account;

import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up and login pages. */
@Controller
class AccountPages {

	private final RegisterUser registerUser;

	private final Problems problems;

	AccountPages(RegisterUser registerUser, Problems problems) {
		this.registerUser = registerUser;
		this.problems = problems;
	}

	@GetMapping("/connexion")
	String login(@RequestParam(required = false) String error, Locale locale, Model model) {
		if (error != null) {
			model.addAttribute("error",
					this.problems.message(error.matches("[A-Z_]{3,40}") ? error : "INVALID_CREDENTIALS", locale));
		}
		return "identity/login";
	}

	@GetMapping("/inscription")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm("", "", "", "", false));
		return "identity/signup";
	}

	@PostMapping("/inscription")
	String signUp(@ModelAttribute("form") SignUpForm form, Locale locale, Model model, HttpServletRequest request)
			throws ServletException {
		try {
			this.registerUser.register(RegisterUser.Registration.learner(form.firstName(), form.lastName(),
					form.email(), form.password(), locale.getLanguage(), form.acceptTerms()));
		}
		catch (DomainException ex) {
			model.addAttribute("error", this.problems.message(ex.code(), locale));
			model.addAttribute("form",
					new SignUpForm(form.firstName(), form.lastName(), form.email(), "", form.acceptTerms()));
			return "identity/signup";
		}
		request.login(form.email(), form.password());
		return "redirect:/profil";
	}

	record SignUpForm(String firstName, String lastName, String email, String password, boolean acceptTerms) {
	}

}

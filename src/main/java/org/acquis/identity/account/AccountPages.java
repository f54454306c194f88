package org.acquis.identity.account;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.limit.SignUpLimit;
import org.acquis.identity.limit.TooManySignUps;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
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

	private final SignUpLimit signUps;

	// what the login form does on success: a new session id, a new CSRF token
	private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	AccountPages(RegisterUser registerUser, Problems problems, SignUpLimit signUps) {
		this.registerUser = registerUser;
		this.problems = problems;
		this.signUps = signUps;
	}

	@GetMapping("/connexion")
	String login(@RequestParam(required = false) String error,
			@RequestParam(name = "continue", required = false) String page, Locale locale, Model model) {
		if (error != null) {
			model.addAttribute("error", this.problems.message(LoginErrors.shown(error), locale));
		}
		AfterLogin.page(page).ifPresent(path -> model.addAttribute("continue", path));
		return "identity/login";
	}

	@GetMapping("/inscription")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm("", "", "", "", false));
		return "identity/signup";
	}

	/**
	 * Creates the account and logs the new learner in, in a new session with a new CSRF
	 * token, as the login form does: an identifier planted before the sign-up is worth
	 * nothing after it.
	 */
	@PostMapping("/inscription")
	String signUp(@ModelAttribute("form") SignUpForm form, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) throws ServletException {
		try {
			this.signUps.take(request.getRemoteAddr());
			this.registerUser.register(RegisterUser.Registration.learner(form.firstName(), form.lastName(),
					form.email(), form.password(), locale.getLanguage(), form.acceptTerms()));
		}
		catch (DomainException ex) {
			if (ex instanceof TooManySignUps tooMany) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
			}
			model.addAttribute("error", this.problems.message(ex.code(), locale));
			model.addAttribute("form",
					new SignUpForm(form.firstName(), form.lastName(), form.email(), "", form.acceptTerms()));
			return "identity/signup";
		}
		request.login(form.email(), form.password());
		this.newSession.onAuthentication(
				Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication(), "logged in just now"),
				request, response);
		return "redirect:/profil";
	}

	record SignUpForm(String firstName, String lastName, String email, String password, boolean acceptTerms) {
	}

}

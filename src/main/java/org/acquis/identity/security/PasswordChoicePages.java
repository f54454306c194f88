package org.acquis.identity.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.recovery.ChangePassword;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.acquis.shared.WebRules;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Choisissez votre mot de passe": after a login with a one-time password issued by the
 * school, every page leads here until the pupil has chosen their own.
 */
@Controller
class PasswordChoicePages {

	private final ChangePassword changePassword;

	private final Problems problems;

	private final String landing;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordChoicePages(ChangePassword changePassword, Problems problems, List<WebRules> modules) {
		this.changePassword = changePassword;
		this.problems = problems;
		var page = WebRules.combined(modules).landingPage();
		this.landing = page == null ? "/" : page;
	}

	@GetMapping(PasswordChangeGate.PAGE)
	String form() {
		return required() ? "identity/choose-password" : "redirect:" + this.landing;
	}

	@PostMapping(PasswordChangeGate.PAGE)
	String choose(@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, CurrentUser user, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!required()) {
			return "redirect:" + this.landing;
		}
		try {
			if (!password.equals(confirmation)) {
				throw DomainException.badInput("PASSWORD_CONFIRMATION_MISMATCH");
			}
			this.changePassword.changeRequired(user.id(), password);
		}
		catch (DomainException ex) {
			model.addAttribute("error", this.problems.message(ex.code(), locale));
			return "identity/choose-password";
		}
		chosen(request, response);
		return "redirect:" + this.landing;
	}

	private static boolean required() {
		return PasswordChangeGate.mustChoose(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The same session, without the requirement. */
	private void chosen(HttpServletRequest request, HttpServletResponse response) {
		var current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || current.getPrincipal() == null) {
			return;
		}
		var authorities = current.getAuthorities()
			.stream()
			.filter(a -> !PasswordChangeGate.AUTHORITY.equals(a.getAuthority()))
			.toList();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(java.util.Objects.requireNonNull(current.getPrincipal()), null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}

package org.acquis.identity.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.shared.WebRules;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the pages speak the user's language and go back to where the user was
 * headed, else to the landing page a module declares ({@link WebRules#landingPage()}).
 */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver locales;

	LoginSuccess(LocaleResolver locales, List<WebRules> modules) {
		this.locales = locales;
		var landing = WebRules.combined(modules).landingPage();
		setDefaultTargetUrl(landing == null ? "/" : landing);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		if (authentication.getPrincipal() instanceof AcquisPrincipal principal) {
			this.locales.setLocale(request, response, java.util.Locale.forLanguageTag(principal.locale()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}

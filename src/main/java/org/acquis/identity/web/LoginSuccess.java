package org.acquis.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the pages speak the user's language and go back to where the user was
 * headed.
 */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver locales;

	LoginSuccess(LocaleResolver locales) {
		this.locales = locales;
		setDefaultTargetUrl("/profil");
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

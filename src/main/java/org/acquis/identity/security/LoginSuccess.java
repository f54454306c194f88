package org.acquis.identity.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.account.AfterLogin;
import org.acquis.shared.WebRules;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the pages speak the user's language and go back to where the user was
 * headed (the {@code continue} page of the login form, else the request that needed the
 * login), else to the landing page a module declares ({@link WebRules#landingPage()}).
 */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	/**
	 * The login form's page to go back to (a form sent after its session ended): a path
	 * of this site only, never another site.
	 */
	static final String CONTINUE = "continue";

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
		var page = AfterLogin.page(request.getParameter(CONTINUE));
		if (page.isPresent()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, page.get());
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** The page to go back to, kept on the login page after a failed attempt. */
	static String continueQuery(HttpServletRequest request) {
		return AfterLogin.page(request.getParameter(CONTINUE))
			.map(page -> "&continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
			.orElse("");
	}

}

package org.acquis.identity.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.account.AfterLogin;
import org.acquis.shared.LocalPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A page's form whose CSRF token no longer matches: almost always a session that ended
 * while the form was open (timeout, logout in another tab). The visitor goes back to the
 * page the form was on, through the login page when the session is gone
 * ({@code /connexion?expired&continue=<page>}); what was typed is kept by the page's
 * script. Never a bare 403; the API keeps its problem details.
 */
final class ExpiredForms implements AccessDeniedHandler {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		var page = pageOf(request);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var loggedIn = authentication != null && TRUST.isAuthenticated(authentication);
		// logged in: another tab logged in again (a new token); the page, to send the
		// form
		// again
		var target = loggedIn ? LocalPaths.safe(page)
				: "/connexion?expired" + AfterLogin.page(page)
					.map(path -> "&" + LoginSuccess.CONTINUE + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
					.orElse("");
		response.sendRedirect(request.getContextPath() + target);
	}

	/**
	 * The page the form was on: the Referer's path (browsers send it on this site's
	 * forms), else, if none, the address the form posted to (for most forms, the page
	 * itself), checked by the caller ({@link LocalPaths}).
	 */
	private static String pageOf(HttpServletRequest request) {
		var context = request.getContextPath();
		var path = refererPath(request);
		if (path == null) {
			path = request.getRequestURI();
		}
		return path.startsWith(context) ? path.substring(context.length()) : path;
	}

	private static @Nullable String refererPath(HttpServletRequest request) {
		var referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			var uri = URI.create(referer);
			return uri.getRawPath() == null ? null
					: uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

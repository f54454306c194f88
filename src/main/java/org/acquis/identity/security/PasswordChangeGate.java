package org.acquis.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.token.AccessTokens;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that must choose its password (a one-time password issued by the school) can
 * do nothing else: the API answers 403 {@code PASSWORD_CHANGE_REQUIRED} to its tokens but
 * on the change endpoint and the revocation; the pages lead to {@value #PAGE}, but for
 * logging out, the styles and scripts.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	static final String PAGE = "/mot-de-passe-a-choisir";

	/** The authority of a page session that must choose its password first. */
	static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

	private static final Set<String> OPEN_API = Set.of("/api/me/password", "/api/token/revocation");

	private final Problems problems;

	PasswordChangeGate(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication instanceof JwtAuthenticationToken token
				&& Boolean.TRUE.equals(token.getToken().getClaim(AccessTokens.PASSWORD_CHANGE_CLAIM))
				&& !OPEN_API.contains(path)) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED");
			return;
		}
		if (mustChoose(authentication) && !path.startsWith("/api/") && !openPage(path)) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean mustChoose(@Nullable Authentication authentication) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
	}

	private static boolean openPage(String path) {
		return path.equals(PAGE) || path.equals("/deconnexion") || path.equals("/error") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/favicon.ico") || path.startsWith("/preferences/");
	}

}

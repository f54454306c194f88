package org.acquis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.account.UserAccounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A logged-in person who switches language keeps it: the choice is saved on the account.
 */
@Component
class LocalePreference implements HandlerInterceptor, WebMvcConfigurer {

	private final UserAccounts accounts;

	LocalePreference(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		var lang = request.getParameter("lang");
		if (("fr".equals(lang) || "en".equals(lang)) && "GET".equals(request.getMethod())) {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof AcquisPrincipal principal
					&& !lang.equals(principal.locale())) {
				this.accounts.changeLocale(principal.id(), lang);
			}
		}
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}

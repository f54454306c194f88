package org.acquis.organization.terms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before the first use of the organisation pages (and after a new version of the terms)
 * the user is sent to the terms; the invitation's page and the terms' own are open.
 */
@Configuration(proxyBeanMethods = false)
class TermsGate implements WebMvcConfigurer, HandlerInterceptor {

	static final String TERMS = "/orga/conditions";

	private final SpaceTerms terms;

	TermsGate(SpaceTerms terms) {
		this.terms = terms;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/orga", "/orga/**")
			.excludePathPatterns(TERMS, "/orga/invitation/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AcquisPrincipal principal
				&& !this.terms.accepted(principal.id())) {
			response.sendRedirect(request.getContextPath() + TERMS);
			return false;
		}
		return true;
	}

}

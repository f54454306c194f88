package org.acquis.identity.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.Role;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take a {@link CurrentUser} parameter, whether the caller has a session
 * or a token.
 */
@Component
class CurrentUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(CurrentUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AcquisPrincipal principal) {
			return principal.toCurrentUser();
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			var jwt = token.getToken();
			List<String> roleNames = jwt.getClaimAsStringList("roles");
			Set<Role> roles = EnumSet.noneOf(Role.class);
			if (roleNames != null) {
				roleNames.forEach(r -> roles.add(Role.valueOf(r)));
			}
			String locale = jwt.getClaimAsString("locale");
			return new CurrentUser(UUID.fromString(jwt.getSubject()), roles,
					Locale.forLanguageTag(locale == null ? "fr" : locale));
		}
		throw new DomainException("UNAUTHENTICATED", ErrorCategory.UNAUTHENTICATED);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

}

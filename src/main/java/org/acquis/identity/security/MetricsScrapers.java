package org.acquis.identity.security;

import java.util.List;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** Metrics are for the monitoring system: readable only from the configured addresses. */
final class MetricsScrapers {

	private MetricsScrapers() {
	}

	static AuthorizationManager<RequestAuthorizationContext> from(List<String> networks) {
		var matchers = networks.stream().map(IpAddressMatcher::new).toList();
		return (authentication,
				context) -> new AuthorizationDecision(matchers.stream().anyMatch(m -> m.matches(context.getRequest())));
	}

}

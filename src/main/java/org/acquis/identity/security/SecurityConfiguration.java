package org.acquis.identity.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.acquis.identity.IdentitySettings;
import org.acquis.shared.Problems;
import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API with bearer tokens and no session (so no CSRF), and the pages
 * with a session cookie, a login form and CSRF protection. Access rules by role are on
 * the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	/** Identity's own: sign-up, login, password resets; login responses carry tokens. */
	@Bean
	WebRules identityWebRules() {
		return WebRules.builder()
			.publicApi(HttpMethod.POST, "/api/token", "/api/users", "/api/password-resets", "/api/password-resets/*")
			.publicPages("/inscription", "/connexion", "/mot-de-passe-oublie", "/nouveau-mot-de-passe/*")
			.secretResponses("/api/token", "/api/token/revocation")
			.build();
	}

	/**
	 * What anyone may reach comes from every module's {@link WebRules}: this class names
	 * no other module's URL.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, LoginRateLimit rateLimit,
			List<WebRules> modules, Problems problemDetails) throws Exception {
		var rules = WebRules.combined(modules);
		http.securityMatcher("/api/**")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.authorizeHttpRequests(a -> {
				a.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.FORWARD)
					.permitAll();
				// never an empty list: requestMatchers(method) alone would open every
				// path
				rules.publicApi()
					.stream()
					.map(WebRules.Endpoint::method)
					.distinct()
					.forEach(method -> a.requestMatchers(method, rules.publicApi(method)).permitAll());
				a.anyRequest().authenticated();
			})
			.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new RolesClaimConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(rateLimit,
					org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeGate(problemDetails), AuthorizationFilter.class)
			.headers(h -> h.httpStrictTransportSecurity(SecurityConfiguration::hsts)
				.contentSecurityPolicy(c -> c.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PasswordLoginProvider provider, LoginRateLimit rateLimit,
			LoginSuccess success, TokenLogout tokenLogout, IdentitySettings settings, List<WebRules> modules,
			Problems problemDetails) throws Exception {
		var rules = WebRules.combined(modules);
		http.authenticationProvider(provider)
			.authorizeHttpRequests(a -> a.requestMatchers(pages(rules))
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(MetricsScrapers.from(settings.metricsAllowedFrom()))
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/connexion")
				.usernameParameter("login")
				.passwordParameter("password")
				.successHandler(success)
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath() + "/connexion?error="
								+ LoginFailures.code(ex) + LoginSuccess.continueQuery(request)))
				.permitAll())
			// a form sent after its session ended: log in again, back to the page
			.exceptionHandling(e -> e.accessDeniedHandler(new DelegatingAccessDeniedHandler(
					new LinkedHashMap<>(Map.of(CsrfException.class, new ExpiredForms())),
					new AccessDeniedHandlerImpl())))
			// SESSION: Spring Session's cookie (sessions in the database)
			.logout(l -> l.logoutUrl("/deconnexion")
				.addLogoutHandler(tokenLogout)
				.logoutSuccessUrl("/?logout")
				.deleteCookies("SESSION"))
			.addFilterBefore(rateLimit,
					org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
			// a one-time password issued by the school: choose one's own first
			.addFilterBefore(new PasswordChangeGate(problemDetails), AuthorizationFilter.class)
			.headers(h -> h.httpStrictTransportSecurity(SecurityConfiguration::hsts)
				.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** The public pages; the login page at least, never an empty list. */
	private static String[] pages(WebRules rules) {
		return Stream.concat(Stream.of("/connexion"), rules.publicPages().stream()).distinct().toArray(String[]::new);
	}

	/**
	 * One year, subdomains included; sent on HTTPS requests only, which behind a TLS
	 * proxy needs the proxy trusted ({@code server.tomcat.remoteip.internal-proxies}).
	 */
	private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
		hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
	}

	/** Reads the roles of an access token into authorities. */
	static final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			List<String> roles = jwt.getClaimAsStringList("roles");
			Collection<GrantedAuthority> authorities = roles == null ? List.of()
					: roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
			return new JwtAuthenticationToken(jwt, authorities, Objects.requireNonNull(jwt.getSubject()));
		}

	}

}

package org.acquis.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French first, English second: {@code ?lang=en} or the user's setting (a cookie set at
 * login), else the browser's {@code Accept-Language}, else French.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DEFAULT = Locale.FRENCH;

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The API description names its server relatively ("/"): springdoc would otherwise
	 * write the request's Host header into it.
	 */
	@Bean
	OpenAPI openApi() {
		return new OpenAPI().info(new Info().title("Acquis API").version("v1")).servers(List.of(new Server().url("/")));
	}

	/**
	 * The site's own: the API description, static resources, the error page, the health
	 * probes.
	 */
	@Bean
	WebRules sharedWebRules() {
		return WebRules.builder()
			.publicApi(HttpMethod.GET, "/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
					"/api/swagger-ui/**")
			.publicPages("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**")
			.build();
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("acquis-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			var header = request.getHeader("Accept-Language");
			return header != null && request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}

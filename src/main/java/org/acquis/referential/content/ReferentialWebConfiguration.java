package org.acquis.referential.content;

import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The frameworks and the challenges' files are public: anyone may read them. */
@Configuration(proxyBeanMethods = false)
class ReferentialWebConfiguration {

	@Bean
	WebRules referentialWebRules() {
		return WebRules.builder()
			.publicApi(HttpMethod.GET, "/api/frameworks", "/api/frameworks/**", "/api/content/files/**")
			.publicPages("/content/files/**")
			.build();
	}

}

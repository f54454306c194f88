package org.acquis.certification.site;

import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * The invigilator has no account: the supervision endpoints and pages are open to the web
 * edge and check the invigilator's session token themselves. Their login and the
 * candidate's join answer with secrets (a token, a device key), never replayed. A CSV or
 * ODS file of candidates may reach 1 MB (the page's upload: 1 MB and its multipart
 * envelope). Anyone may check a certificate's verification code (API and pages;
 * rate-limited by {@code certificate.VerifyCertificate}).
 */
@Configuration(proxyBeanMethods = false)
class CertificationWebConfiguration {

	static final String SUPERVISION = "/api/sessions/*/supervision";

	@Bean
	WebRules certificationWebRules() {
		return WebRules.builder()
			.publicApi(HttpMethod.POST, SUPERVISION, "/api/sessions/*/candidates/*/authorize",
					"/api/sessions/*/candidates/*/end-test")
			.publicApi(HttpMethod.GET, SUPERVISION, "/api/certificates/verification/*")
			.publicPages("/surveillance", "/surveillance/**", "/verification", "/verification/*")
			.secretResponses(SUPERVISION, "/api/certification-courses")
			.bodyLimit("/api/sessions/*/candidates/import", DataSize.ofMegabytes(1))
			.bodyLimit("/certif/sessions/*/candidats/import", DataSize.ofKilobytes(1024 + 64))
			.build();
	}

}

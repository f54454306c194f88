package org.acquis.organization;

import org.acquis.organization.OrganizationSettings;
import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The invitation link's page is open to anyone (the invited person may have no account
 * yet). A learner file may be as large as {@code acquis.organization.max-import-file} (20
 * MB), plus the multipart envelope; the rest of the module keeps the default limit.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationWebConfiguration {

	static final String API_UPLOAD = "/api/organizations/*/learner-imports";

	static final String PAGE_UPLOAD = "/orga/*/imports";

	@Bean
	WebRules organizationWebRules(OrganizationSettings settings) {
		var limit = DataSize.ofBytes(settings.maxImportFile().toBytes() + DataSize.ofKilobytes(64).toBytes());
		return WebRules.builder()
			.publicPages("/orga/invitation/*")
			.bodyLimit(API_UPLOAD, limit)
			.bodyLimit(PAGE_UPLOAD, limit)
			// one-time passwords: never stored for an idempotent replay
			.secretResponses("/api/organizations/*/learners/accounts")
			.build();
	}

}

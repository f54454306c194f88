package org.acquis.campaign.participation;

import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * A campaign's landing is open to anyone, as its code's link and the API that reads it:
 * joining asks to log in.
 */
@Configuration(proxyBeanMethods = false)
class CampaignWebConfiguration {

	@Bean
	WebRules campaignWebRules() {
		return WebRules.builder()
			.publicApi(HttpMethod.GET, "/api/campaigns/code/*")
			.publicPages("/campagnes", "/campagnes/*")
			.build();
	}

}

package org.acquis.evaluation.site;

import org.acquis.shared.WebRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The home and accessibility pages are public; a learner lands on their profile. An
 * answer keeps its {@code Idempotency-Key} with itself, in the transaction that records
 * it ({@code AnswerChallenge}), and is small: 16 KB (2,000 characters, even escaped,
 * fit).
 */
@Configuration(proxyBeanMethods = false)
class EvaluationWebConfiguration {

	static final String ANSWERS = "/api/assessments/*/answers";

	@Bean
	WebRules evaluationWebRules() {
		return WebRules.builder()
			.publicPages("/", "/accessibilite")
			.landingPage("/profil")
			.ownIdempotency(ANSWERS)
			.bodyLimit(ANSWERS, DataSize.ofKilobytes(16))
			.build();
	}

}

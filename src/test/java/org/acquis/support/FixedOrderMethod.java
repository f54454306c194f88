package org.acquis.support;

import java.util.Optional;

import org.acquis.evaluation.domain.AssessmentMethod;
import org.acquis.evaluation.domain.Challenge;
import org.acquis.evaluation.domain.MethodInput;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A second method behind the seam, as a certification's draw will be: the assessment's
 * skills in their order, one question each (the first playable challenge of the skill
 * whose turn it is), then finished.
 */
public final class FixedOrderMethod implements AssessmentMethod {

	public static final String NAME = "fixed-order";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Challenge> next(MethodInput input) {
		if (input.answers() >= input.skills().size()) {
			return Optional.empty();
		}
		var skill = input.skills().get(input.answers()).id();
		return input.playable().stream().filter(c -> c.skillId().equals(skill)).findFirst();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Installed {

		@Bean
		AssessmentMethod fixedOrderMethod() {
			return new FixedOrderMethod();
		}

	}

}

package org.acquis.evaluation.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.evaluation.domain.AssessmentMethod;
import org.acquis.evaluation.domain.KnowledgeStateAlgorithm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The methods installed, by name: every {@link AssessmentMethod} bean. An assessment
 * names its method when it starts; {@code acquis.evaluation.method} names the default,
 * which must be installed (checked at start-up).
 */
@Component
public class AssessmentMethods {

	private final Map<String, AssessmentMethod> methods;

	private final String defaultMethod;

	AssessmentMethods(List<AssessmentMethod> methods, EvaluationSettings settings) {
		this.methods = methods.stream().collect(Collectors.toMap(AssessmentMethod::name, Function.identity()));
		if (!this.methods.containsKey(settings.method())) {
			throw new IllegalStateException("acquis.evaluation.method=" + settings.method()
					+ " is not an installed method; installed: " + this.methods.keySet());
		}
		this.defaultMethod = settings.method();
	}

	public String defaultMethod() {
		return this.defaultMethod;
	}

	public boolean installed(String name) {
		return this.methods.containsKey(name);
	}

	/** The method an assessment was started with; the default if it is gone. */
	AssessmentMethod of(Assessment assessment) {
		var method = this.methods.get(assessment.rules().method());
		return method != null ? method : Objects.requireNonNull(this.methods.get(this.defaultMethod));
	}

	@Configuration(proxyBeanMethods = false)
	static class Installed {

		@Bean
		AssessmentMethod knowledgeStateMethod() {
			return new KnowledgeStateAlgorithm();
		}

	}

}

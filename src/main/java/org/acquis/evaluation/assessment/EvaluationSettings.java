package org.acquis.evaluation.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of evaluations ({@code acquis.evaluation.*}).
 *
 * @param maxLevel the highest level a competence can reach (the national platform opened
 * 5, then 6, then 7; at most 8)
 * @param timerGraceSeconds added to a timed challenge's deadline for the network's delay
 * @param method the method of an assessment started without one (competence evaluations,
 * campaigns): the name of an {@link org.acquis.evaluation.domain.AssessmentMethod}
 */
@ConfigurationProperties("acquis.evaluation")
public record EvaluationSettings(@DefaultValue("6") int maxLevel, @DefaultValue("3") int timerGraceSeconds,
		@DefaultValue("knowledge-state") String method) {
}

/**
 * Assessments and the adaptive evaluation of competences: choosing the next challenge,
 * judging answers, knowledge elements, the learner's profile (level and pix per
 * competence) and tutorials.
 * <p>
 * Published to the other modules (Modulith named interfaces, checked by
 * {@code ModularityTests}): this package
 * ({@link org.acquis.evaluation.AssessmentCompleted}); {@code assessment} (start an
 * assessment with options, its summary); {@code knowledge} (a learner's knowledge
 * snapshot); {@code profile} (a learner's profile); {@code method} (the method seam and
 * the pure rules it works on). Everything else is internal.
 */
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "shared", "identity", "referential", "referential :: validation" })
@NullMarked
package org.acquis.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

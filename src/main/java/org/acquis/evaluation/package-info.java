/**
 * Assessments and the adaptive evaluation of competences: choosing the next challenge,
 * judging answers, knowledge elements, the learner's profile (level and pix per
 * competence) and tutorials. Campaigns and certification will start assessments on any
 * set of skills and listen to {@link org.acquis.evaluation.AssessmentCompleted}.
 */
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "shared", "identity", "referential", "referential :: validation" })
@NullMarked
package org.acquis.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package org.acquis.evaluation.assessment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * For the modules that start assessments: where the learner goes once one of theirs is
 * over (a campaign's results page). Evaluation asks every such bean about an assessment
 * that is not a competence evaluation; without an answer the learner goes to their
 * profile. Evaluation never names another module's page itself.
 */
@NamedInterface("assessment")
public interface AssessmentEndPages {

	/**
	 * The page (a path of this site) after this learner's assessment, if it is one of
	 * yours.
	 */
	Optional<String> after(UUID assessmentId, UUID userId);

}

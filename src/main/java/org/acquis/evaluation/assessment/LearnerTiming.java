package org.acquis.evaluation.assessment;

import org.acquis.evaluation.accommodation.Accommodation;
import org.acquis.evaluation.accommodation.Accommodations;
import org.acquis.referential.Challenge;
import org.springframework.stereotype.Component;

/**
 * The accommodation that applies to a question of an assessment: its learner's, for a
 * timed question of any assessment but a certification (a candidate's extra time is the
 * centre's). Read only for a timed question: the other ones cost no query.
 */
@Component
class LearnerTiming {

	private final Accommodations accommodations;

	LearnerTiming(Accommodations accommodations) {
		this.accommodations = accommodations;
	}

	Accommodation of(Assessment assessment, Challenge challenge) {
		if (!challenge.timed() || assessment.type() == Assessment.Type.CERTIFICATION) {
			return Accommodation.NONE;
		}
		return this.accommodations.of(assessment.userId());
	}

}

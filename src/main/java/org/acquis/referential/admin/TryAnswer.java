package org.acquis.referential.admin;

import org.acquis.referential.validation.AnswerValidator;
import org.springframework.stereotype.Component;

/**
 * Runs the product's own validation on a solution an author is writing, before it is in a
 * pack.
 */
@Component
class TryAnswer {

	private final AnswerValidator validator = new AnswerValidator();

	AnswerTrialResult tryAnswer(AnswerTrialRequest request) {
		var trial = AnswerTrial.of(request);
		return AnswerTrialResult.of(this.validator.validate(trial.solution(), trial.answer()));
	}

}

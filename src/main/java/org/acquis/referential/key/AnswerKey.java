package org.acquis.referential.key;

import java.util.List;

import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;

/**
 * What only the referential knows of a challenge: its solution, and the answers that
 * check it. Never published: other modules send an answer to {@code ContentBank.judge}
 * and get a verdict.
 *
 * @param rightAnswer one answer the validation accepts (for previews and tests)
 * @param wrongAnswers answers it must reject
 * @param acceptedAnswers the full solution, for authors: the accepted texts of a
 * free-text challenge, the text of the right proposal(s) of a QCU/QCM
 */
public record AnswerKey(Solution solution, AnswerValue rightAnswer, List<AnswerValue> wrongAnswers,
		Object acceptedAnswers) {

	public AnswerKey {
		wrongAnswers = List.copyOf(wrongAnswers);
	}

}

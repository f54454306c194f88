package org.acquis.referential.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.acquis.referential.validation.ValidationOutcome;
import org.acquis.referential.validation.Verdict;

/**
 * The validation's verdict on a trial: OK, KO or PARTIALLY, and each field's verdict for
 * field types.
 */
record AnswerTrialResult(String result, Map<String, String> fields) {

	static AnswerTrialResult of(ValidationOutcome outcome) {
		var fields = new LinkedHashMap<String, String>();
		outcome.fields().forEach((key, verdict) -> fields.put(key, verdict.name()));
		return new AnswerTrialResult(result(outcome), fields);
	}

	/**
	 * PARTIALLY tells an author that some fields passed, as the learner's answer result
	 * does.
	 */
	private static String result(ValidationOutcome outcome) {
		long ok = outcome.fields().values().stream().filter(Verdict.OK::equals).count();
		if (outcome.ok() || ok == 0) {
			return outcome.verdict().name();
		}
		return "PARTIALLY";
	}

}

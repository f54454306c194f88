package org.acquis.evaluation.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.ValidationOutcome;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a learner sent, read as an answer value of the challenge's shape (by the
 * referential), and as stored with the answer.
 */
final class AnswerValues {

	private AnswerValues() {
	}

	/** Read by the referential, which owns the challenge's shape. */
	static AnswerValue parse(Challenge challenge, @Nullable Object value) {
		return challenge.answerValue(value);
	}

	/**
	 * The stored form of a value, a JSON document for a {@code jsonb} column: a string,
	 * or an object of field key to string. Whatever a value holds ({@code =}, line
	 * breaks, quotes), it reads back as it was given.
	 */
	static @Nullable String stored(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			var fields = new LinkedHashMap<String, String>();
			map.forEach((key, field) -> fields.put(String.valueOf(key), String.valueOf(field)));
			return JsonMapper.shared().writeValueAsString(fields);
		}
		return value == null ? null : JsonMapper.shared().writeValueAsString(String.valueOf(value));
	}

	/**
	 * Each field's verdict, a JSON object of field key to verdict; null without fields.
	 */
	static @Nullable String fieldResults(ValidationOutcome outcome) {
		if (outcome.fields().isEmpty()) {
			return null;
		}
		var verdicts = new LinkedHashMap<String, String>();
		outcome.fields().forEach((key, verdict) -> verdicts.put(key, verdict.name()));
		return JsonMapper.shared().writeValueAsString(verdicts);
	}

}

package org.acquis.evaluation.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.ValidationOutcome;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a learner sent into an answer value of the challenge's shape, or refuses it
 * as malformed.
 */
final class AnswerValues {

	static final int MAX_LENGTH = 2000;

	private AnswerValues() {
	}

	static AnswerValue parse(Challenge challenge, @Nullable Object value) {
		return switch (challenge.type()) {
			case QCU, QCM, QROC -> new AnswerValue.Text(text(value));
			case QROCM_IND, QROCM_DEP -> fields(challenge, value);
		};
	}

	private static String text(@Nullable Object value) {
		// PostgreSQL cannot store NUL in text: such a value can only be forged
		if (value instanceof String text && text.length() <= MAX_LENGTH && text.indexOf('\u0000') < 0) {
			return text;
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		throw DomainException.badInput("ANSWER_MALFORMED");
	}

	private static AnswerValue fields(Challenge challenge, @Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw DomainException.badInput("ANSWER_MALFORMED");
		}
		var values = new LinkedHashMap<String, String>();
		for (var field : challenge.fields()) {
			var given = map.get(field.key());
			values.put(field.key(), given == null ? "" : text(given));
		}
		if (!challenge.fields()
			.stream()
			.map(Challenge.Field::key)
			.collect(Collectors.toSet())
			.containsAll(map.keySet().stream().map(String::valueOf).collect(Collectors.toSet()))) {
			throw DomainException.badInput("ANSWER_MALFORMED");
		}
		return new AnswerValue.Fields(values);
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

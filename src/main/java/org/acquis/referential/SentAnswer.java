package org.acquis.referential;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.validation.AnswerValue;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a learner sent into an answer value of the challenge's shape, or refuses it
 * as malformed: the same reading for the API, the learner's page and the author's trial.
 */
final class SentAnswer {

	private SentAnswer() {
	}

	static AnswerValue read(Challenge challenge, @Nullable Object value) {
		return switch (challenge.type()) {
			case QCU, QCM, QROC -> new AnswerValue.Text(text(value));
			case QROCM_IND, QROCM_DEP -> fields(challenge, value);
		};
	}

	private static String text(@Nullable Object value) {
		// PostgreSQL cannot store NUL in text: such a value can only be forged
		if (value instanceof String text && text.length() <= Challenge.MAX_ANSWER_LENGTH
				&& text.indexOf('\u0000') < 0) {
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

}

package org.acquis.evaluation.assessment;

import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.ValidationOutcome;
import org.jspecify.annotations.Nullable;

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
	 * The stored form of a value: the text itself, or fields as {@code key=value} lines.
	 */
	static @Nullable String stored(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
		}
		return value == null ? null : String.valueOf(value);
	}

	static @Nullable String fieldResults(ValidationOutcome outcome) {
		if (outcome.fields().isEmpty()) {
			return null;
		}
		return outcome.fields()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(","));
	}

}

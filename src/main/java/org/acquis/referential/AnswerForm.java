package org.acquis.referential;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * What the challenge form ({@code templates/referential/challenge-form.html}) posts, read
 * back: the one place that knows its inputs' names. The learner's page and the author's
 * trial read their forms here, then {@link Challenge#answerValue(Object)} gives the
 * challenge's shape.
 */
public final class AnswerForm {

	private AnswerForm() {
	}

	/**
	 * The texts of a QROCM's fields ({@code field.<key>}) by key; else the chosen
	 * proposals or the typed text ({@code value}), joined by commas as the API's
	 * {@code "1,3"}.
	 */
	public static Object value(MultiValueMap<String, String> form) {
		var fields = new LinkedHashMap<String, String>();
		form.forEach((key, values) -> {
			if (key.startsWith("field.")) {
				fields.put(key.substring("field.".length()), values.isEmpty() ? "" : values.get(0));
			}
		});
		if (!fields.isEmpty()) {
			return fields;
		}
		List<String> values = form.getOrDefault("value", List.of());
		return String.join(",", values);
	}

}

package org.acquis.referential.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acquis.referential.Challenge;

/**
 * The solution and a trial's verdicts as an author reads them on the preview page: one
 * line per field (its label, then its accepted answers as a list), never a map's
 * {@code toString}.
 */
final class SolutionText {

	private SolutionText() {
	}

	/**
	 * A labelled line: the label is empty for a challenge without fields.
	 */
	record Line(String label, List<String> answers) {
	}

	/**
	 * The accepted answers (a list, a map of field keys to lists, or a dependent
	 * challenge's groups) or one right answer (a text or a map of field keys to texts).
	 */
	static List<Line> accepted(Object accepted, List<Challenge.Field> fields) {
		if (accepted instanceof Map<?, ?> byField) {
			var lines = new ArrayList<Line>();
			byField.forEach((key, answers) -> lines.add(new Line(label(String.valueOf(key), fields), texts(answers))));
			return lines;
		}
		if (accepted instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof List<?>) {
			return list.stream().map(group -> new Line("", texts(group))).toList();
		}
		return List.of(new Line("", texts(accepted)));
	}

	/** Each field's verdict beside its label. */
	static List<Line> verdicts(Map<String, String> verdicts, List<Challenge.Field> fields) {
		return verdicts.entrySet()
			.stream()
			.map(entry -> new Line(label(entry.getKey(), fields), List.of(entry.getValue())))
			.toList();
	}

	private static List<String> texts(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(SolutionText::text).toList();
		}
		return List.of(text(value));
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return String.join(" / ", list.stream().map(SolutionText::text).toList());
		}
		return String.valueOf(value);
	}

	private static String label(String key, List<Challenge.Field> fields) {
		return fields.stream()
			.filter(field -> field.key().equals(key) && !field.label().isBlank())
			.map(Challenge.Field::label)
			.findFirst()
			.orElse(key);
	}

}

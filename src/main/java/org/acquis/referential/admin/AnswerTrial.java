package org.acquis.referential.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.Challenge;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.acquis.referential.validation.Tolerance;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A solution and an answer read from an author's trial, built as the content loader
 * builds a challenge's, so that the trial judges exactly as the evaluation will. Unlike a
 * learner's answer, a trial of the wrong shape is refused: the author must know the trial
 * did not test what they meant.
 */
record AnswerTrial(Solution solution, AnswerValue answer) {

	/** A learner's answer is at most this long: so is each text of a trial. */
	static final int MAX_TEXT = Challenge.MAX_ANSWER_LENGTH;

	/** Accepted answers of one list (a QROC, a field, a group), tolerances. */
	static final int MAX_ITEMS = 50;

	/** Fields of a value, fields or groups of a solution. */
	static final int MAX_FIELDS = 20;

	/**
	 * Characters of all the accepted answers, and of the whole value: approximate
	 * matching costs their product at most.
	 */
	static final int MAX_TOTAL = 10_000;

	/**
	 * Refused before any matching runs when it is larger than a challenge could be
	 * ({@link #MAX_TEXT}, {@link #MAX_ITEMS}, {@link #MAX_FIELDS}, {@link #MAX_TOTAL}).
	 */
	static AnswerTrial of(AnswerTrialRequest request) {
		var trial = read(request);
		if (size(trial.answer()) > MAX_TOTAL) {
			throw invalid("value");
		}
		if (size(trial.solution()) > MAX_TOTAL) {
			throw invalid("accepted");
		}
		return trial;
	}

	private static AnswerTrial read(AnswerTrialRequest request) {
		var type = type(request.type());
		var tolerances = tolerances(request.tolerances());
		return switch (type) {
			case QCU -> new AnswerTrial(new Solution.SingleChoice(choice(request.accepted())), text(request.value()));
			case QCM -> new AnswerTrial(new Solution.MultipleChoice(Set.copyOf(choices(request.accepted()))),
					text(request.value()));
			case QROC ->
				new AnswerTrial(freeText(texts(request.accepted(), "accepted"), tolerances), text(request.value()));
			case QROCM_IND -> new AnswerTrial(independent(request.accepted(), tolerances), fields(request.value()));
			case QROCM_DEP -> dependent(request, tolerances);
		};
	}

	private static Challenge.Type type(@Nullable String type) {
		try {
			return Challenge.Type.valueOf(required(type, "type").trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("type");
		}
	}

	private static Set<Tolerance> tolerances(@Nullable List<String> tolerances) {
		var result = EnumSet.noneOf(Tolerance.class);
		if (tolerances != null && tolerances.size() > MAX_ITEMS) {
			throw invalid("tolerances");
		}
		for (var tolerance : tolerances == null ? List.<String>of() : tolerances) {
			try {
				result.add(Tolerance.valueOf(required(tolerance, "tolerances").trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw invalid("tolerances");
			}
		}
		return result;
	}

	private static String choice(@Nullable Object accepted) {
		var id = scalar(accepted);
		if (id == null || id.isBlank()) {
			throw invalid("accepted");
		}
		return id.trim();
	}

	/** A list of ids, or the "1,3" form an answer uses. */
	private static List<String> choices(@Nullable Object accepted) {
		if (accepted instanceof String joined && joined.length() > MAX_TEXT) {
			throw invalid("accepted");
		}
		var ids = accepted instanceof String joined ? List.of(joined.split(",", -1)) : texts(accepted, "accepted");
		return ids.stream().map(id -> choice(id)).toList();
	}

	private static Solution.FreeText freeText(List<String> accepted, Set<Tolerance> tolerances) {
		return new Solution.FreeText(accepted, tolerances, false, false);
	}

	private static Solution.IndependentFields independent(@Nullable Object accepted, Set<Tolerance> tolerances) {
		var fields = new LinkedHashMap<String, Solution.FreeText>();
		object(accepted, "accepted")
			.forEach((key, answers) -> fields.put(key, freeText(texts(answers, "accepted"), tolerances)));
		return new Solution.IndependentFields(fields);
	}

	/**
	 * The field keys are the answer's: a trial has no challenge to name them. Their
	 * number must be the number of fields, which is the number of groups unless
	 * {@code fields} says otherwise.
	 */
	private static AnswerTrial dependent(AnswerTrialRequest request, Set<Tolerance> tolerances) {
		var groups = object(request.accepted(), "accepted").values()
			.stream()
			.map(answers -> texts(answers, "accepted"))
			.toList();
		var answer = fields(request.value());
		var count = request.fields() == null ? groups.size() : request.fields();
		if (count < 1 || count > MAX_FIELDS || answer.values().size() != count) {
			throw invalid("fields");
		}
		return new AnswerTrial(new Solution.DependentFields(List.copyOf(answer.values().keySet()), groups, tolerances),
				answer);
	}

	private static AnswerValue.Text text(@Nullable Object value) {
		var text = scalar(value);
		if (text == null) {
			throw invalid("value");
		}
		return new AnswerValue.Text(text);
	}

	/** An empty field is kept as an empty text, as a learner's blank field is. */
	private static AnswerValue.Fields fields(@Nullable Object value) {
		var values = new LinkedHashMap<String, String>();
		object(value, "value").forEach((key, text) -> {
			if (text != null && scalar(text) == null) {
				throw invalid("value");
			}
			var scalar = scalar(text);
			values.put(key, scalar == null ? "" : scalar);
		});
		return new AnswerValue.Fields(values);
	}

	/** A non-empty list of texts; a single text stands for a list of one. */
	private static List<String> texts(@Nullable Object value, String part) {
		var items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		if (items.size() > MAX_ITEMS) {
			throw invalid(part);
		}
		var texts = new ArrayList<String>();
		for (var item : items) {
			var text = scalar(item);
			if (text == null) {
				throw invalid(part);
			}
			texts.add(text);
		}
		if (texts.isEmpty()) {
			throw invalid(part);
		}
		return texts;
	}

	private static Map<String, @Nullable Object> object(@Nullable Object value, String part) {
		if (!(value instanceof Map<?, ?> map) || map.isEmpty() || map.size() > MAX_FIELDS) {
			throw invalid(part);
		}
		var entries = new LinkedHashMap<String, @Nullable Object>();
		map.forEach((key, item) -> entries.put(String.valueOf(key), item));
		return entries;
	}

	/**
	 * JSON numbers and booleans are accepted as their text: authors type {@code 2} as
	 * often as "2".
	 */
	private static @Nullable String scalar(@Nullable Object value) {
		var text = value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString()
				: null;
		return text == null || text.length() > MAX_TEXT ? null : text;
	}

	private static int size(AnswerValue answer) {
		return switch (answer) {
			case AnswerValue.Text text -> text.value().length();
			case AnswerValue.Fields fields ->
				fields.values().values().stream().mapToInt(v -> v == null ? 0 : v.length()).sum();
		};
	}

	private static int size(Solution solution) {
		return switch (solution) {
			case Solution.SingleChoice single -> single.proposalId().length();
			case Solution.MultipleChoice multiple -> multiple.proposalIds().stream().mapToInt(String::length).sum();
			case Solution.FreeText free -> free.accepted().stream().mapToInt(String::length).sum();
			case Solution.IndependentFields independent ->
				independent.fields().values().stream().mapToInt(AnswerTrial::size).sum();
			case Solution.DependentFields dependent ->
				dependent.groups().stream().flatMap(List::stream).mapToInt(String::length).sum();
		};
	}

	private static String required(@Nullable String value, String part) {
		if (value == null) {
			throw invalid(part);
		}
		return value;
	}

	private static DomainException invalid(String part) {
		return DomainException.badInput("ANSWER_TRIAL_INVALID", part);
	}

}

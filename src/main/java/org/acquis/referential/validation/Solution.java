package org.acquis.referential.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expected answer of a challenge, one record per challenge type. Never sent to the
 * browser.
 */
public sealed interface Solution {

	/** QCU: the id of the right proposal. */
	record SingleChoice(String proposalId) implements Solution {
	}

	/** QCM: the ids of all the right proposals. */
	record MultipleChoice(Set<String> proposalIds) implements Solution {

		public MultipleChoice {
			proposalIds = Set.copyOf(proposalIds);
		}

		/**
		 * From the content's form, "1, 3": split on commas and trimmed, as answers are.
		 */
		public static MultipleChoice parse(String solution) {
			return new MultipleChoice(
					Arrays.stream(solution.split(",", -1)).map(String::trim).collect(Collectors.toSet()));
		}
	}

	/**
	 * QROC: accepted answers; a select field ignores tolerances; numeric compares
	 * numbers.
	 */
	record FreeText(List<String> accepted, Set<Tolerance> tolerances, boolean numeric,
			boolean select) implements Solution {

		public FreeText {
			accepted = List.copyOf(accepted);
			tolerances = tolerances.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tolerances));
		}

		public static FreeText of(Set<Tolerance> tolerances, String... accepted) {
			return new FreeText(List.of(accepted), tolerances, false, false);
		}

		/** From the content's form: one accepted answer a line, empty lines dropped. */
		public static FreeText ofLines(String solution, Set<Tolerance> tolerances, boolean numeric, boolean select) {
			List<String> lines = solution.lines().filter(line -> !line.isBlank()).toList();
			return new FreeText(lines, tolerances, numeric, select);
		}
	}

	/** QROCM-ind: each field judged alone against its own solution. */
	record IndependentFields(Map<String, FreeText> fields) implements Solution {

		public IndependentFields {
			fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		}
	}

	/**
	 * QROCM-dep: fields whose answers may come in any order; each group is one expected
	 * answer.
	 */
	record DependentFields(List<String> fieldKeys, List<List<String>> groups,
			Set<Tolerance> tolerances) implements Solution {

		public DependentFields {
			fieldKeys = List.copyOf(fieldKeys);
			groups = groups.stream().map(List::copyOf).toList();
			tolerances = tolerances.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tolerances));
		}
	}

}

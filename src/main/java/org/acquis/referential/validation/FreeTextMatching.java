package org.acquis.referential.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.acquis.referential.validation.Solution.FreeText;
import org.jspecify.annotations.Nullable;

/** Compares one typed value with accepted answers, as the tolerances say. */
final class FreeTextMatching {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

	private FreeTextMatching() {
	}

	static boolean matches(FreeText solution, @Nullable String answer) {
		if (answer == null) {
			return false;
		}
		if (solution.select()) {
			// a select offers fixed options: forgiving typing mistakes makes no sense
			// there
			return matchesAny(answer, solution.accepted(), Set.of());
		}
		if (solution.numeric()) {
			return matchesNumber(answer, solution.accepted());
		}
		return matchesAny(answer, solution.accepted(), solution.tolerances());
	}

	static boolean matchesAny(@Nullable String answer, Collection<String> accepted, Set<Tolerance> tolerances) {
		if (answer == null) {
			return false;
		}
		String treatedAnswer = TextTreatments.treat(answer, tolerances);
		boolean approximate = tolerances.contains(Tolerance.T3);
		return accepted.stream()
			.map(reference -> TextTreatments.treat(reference, tolerances))
			.anyMatch(reference -> approximate ? TextTreatments.t3Matches(treatedAnswer, reference)
					: treatedAnswer.equals(reference));
	}

	private static boolean matchesNumber(String answer, Collection<String> accepted) {
		Optional<BigDecimal> number = parseNumber(answer);
		return number.isPresent() && accepted.stream()
			.map(FreeTextMatching::parseNumber)
			.flatMap(Optional::stream)
			.anyMatch(reference -> reference.compareTo(number.get()) == 0);
	}

	/**
	 * Comma or dot decimal; surrounding spaces tolerated; anything else is not a number.
	 */
	static Optional<BigDecimal> parseNumber(String value) {
		String trimmed = TextTreatments.preTreat(value).strip();
		if (!NUMBER.matcher(trimmed).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
	}

}

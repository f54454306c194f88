package org.acquis.referential.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.acquis.referential.validation.AnswerValue.Fields;
import org.acquis.referential.validation.AnswerValue.Text;
import org.acquis.referential.validation.Solution.DependentFields;
import org.acquis.referential.validation.Solution.FreeText;
import org.acquis.referential.validation.Solution.IndependentFields;
import org.acquis.referential.validation.Solution.MultipleChoice;
import org.acquis.referential.validation.Solution.SingleChoice;

/**
 * Judges an answer against a solution exactly as the national platform does (domain.md
 * §3). An answer of the wrong shape is simply wrong: a learner must never see an error
 * for what they typed.
 */
public final class AnswerValidator {

	public ValidationOutcome validate(Solution solution, AnswerValue answer) {
		if (solution == null || answer == null) {
			return ValidationOutcome.ko();
		}
		return switch (solution) {
			case SingleChoice single -> ValidationOutcome.single(matchesSingle(single, text(answer)));
			case MultipleChoice multiple -> ValidationOutcome.single(matchesMultiple(multiple, text(answer)));
			case FreeText freeText -> ValidationOutcome.single(FreeTextMatching.matches(freeText, text(answer)));
			case IndependentFields independent -> validateIndependent(independent, fields(answer));
			case DependentFields dependent -> validateDependent(dependent, fields(answer));
		};
	}

	private static @Nullable String text(AnswerValue answer) {
		return answer instanceof Text(String value) ? value : null;
	}

	private static Map<String, String> fields(AnswerValue answer) {
		return answer instanceof Fields(Map<String, String> values) ? values : Map.of();
	}

	private static boolean matchesSingle(SingleChoice solution, @Nullable String answer) {
		return answer != null && answer.equals(solution.proposalId());
	}

	private static boolean matchesMultiple(MultipleChoice solution, @Nullable String answer) {
		if (answer == null) {
			return false;
		}
		Set<String> chosen = Arrays.stream(answer.split(",", -1)).map(String::trim).collect(Collectors.toSet());
		Set<String> expected = solution.proposalIds().stream().map(String::trim).collect(Collectors.toSet());
		return chosen.equals(expected);
	}

	private static ValidationOutcome validateIndependent(IndependentFields solution, Map<String, String> answers) {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		solution.fields()
			.forEach((key, field) -> verdicts.put(key, Verdict.of(FreeTextMatching.matches(field, answers.get(key)))));
		return ValidationOutcome.allOf(verdicts);
	}

	/**
	 * Greedy on purpose: fields in order, each takes the first remaining group it
	 * matches. It can refuse an answer a perfect matching would accept; that is the
	 * national platform's behaviour.
	 */
	private static ValidationOutcome validateDependent(DependentFields solution, Map<String, String> answers) {
		List<List<String>> remainingGroups = new ArrayList<>(solution.groups());
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (String key : solution.fieldKeys()) {
			@Nullable String answer = answers.get(key);
			int group = firstMatchingGroup(remainingGroups, answer, solution.tolerances());
			if (group >= 0) {
				remainingGroups.remove(group);
			}
			verdicts.put(key, Verdict.of(group >= 0));
		}
		return ValidationOutcome.allOf(verdicts);
	}

	private static int firstMatchingGroup(List<List<String>> groups, @Nullable String answer,
			Set<Tolerance> tolerances) {
		for (int i = 0; i < groups.size(); i++) {
			if (FreeTextMatching.matchesAny(answer, groups.get(i), tolerances)) {
				return i;
			}
		}
		return -1;
	}

}

package org.acquis.referential.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.referential.validation.Tolerance.T1;
import static org.acquis.referential.validation.Verdict.KO;
import static org.acquis.referential.validation.Verdict.OK;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.validation.AnswerValue.Fields;
import org.acquis.referential.validation.AnswerValue.Text;
import org.acquis.referential.validation.Solution.DependentFields;
import org.acquis.referential.validation.Solution.FreeText;
import org.acquis.referential.validation.Solution.IndependentFields;
import org.junit.jupiter.api.Test;

class FieldsValidationTest {

	private final AnswerValidator validator = new AnswerValidator();

	private static Fields answers(String... keysAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return new Fields(values);
	}

	private static IndependentFields cityAndCountry() {
		Map<String, FreeText> fields = new LinkedHashMap<>();
		fields.put("city", FreeText.of(EnumSet.of(T1), "Paris"));
		fields.put("country", FreeText.of(Set.of(), "France"));
		return new IndependentFields(fields);
	}

	@Test
	void independentFieldsAreOkWhenEveryFieldIsOk() {
		ValidationOutcome outcome = validator.validate(cityAndCountry(),
				answers("city", " paris", "country", "France"));

		assertThat(outcome.verdict()).isEqualTo(OK);
		assertThat(outcome.fields()).containsExactly(Map.entry("city", OK), Map.entry("country", OK));
	}

	@Test
	void independentFieldsKeepThePerFieldVerdictWithEachFieldsOwnTolerances() {
		// when the country, which has no tolerance, differs in case
		ValidationOutcome outcome = validator.validate(cityAndCountry(), answers("city", "PARIS", "country", "france"));

		// then
		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsExactly(Map.entry("city", OK), Map.entry("country", KO));
	}

	@Test
	void missingFieldKeyIsThatFieldKo() {
		ValidationOutcome outcome = validator.validate(cityAndCountry(), answers("city", "Paris"));

		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsExactly(Map.entry("city", OK), Map.entry("country", KO));
	}

	@Test
	void independentFieldsPreTreatTheAcceptedAnswersToo() {
		IndependentFields solution = new IndependentFields(Map.of("unit", FreeText.of(Set.of(), "10\u00A0Mo")));

		assertThat(validator.validate(solution, answers("unit", "10 Mo")).verdict()).isEqualTo(OK);
	}

	@Test
	void independentFieldsGivenATextAreKoOnEveryField() {
		ValidationOutcome outcome = validator.validate(cityAndCountry(), new Text("Paris"));

		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsOnly(Map.entry("city", KO), Map.entry("country", KO));
	}

	private static DependentFields twoBrowsers() {
		return new DependentFields(List.of("b1", "b2"),
				List.of(List.of("Firefox"), List.of("Chrome", "Chromium"), List.of("Safari")), EnumSet.of(T1));
	}

	@Test
	void dependentFieldsAcceptAnswersInAnyOrderAmongMoreGroupsThanFields() {
		assertThat(validator.validate(twoBrowsers(), answers("b1", "safari", "b2", "Firefox")).verdict()).isEqualTo(OK);
		assertThat(validator.validate(twoBrowsers(), answers("b1", "chromium", "b2", "SAFARI")).verdict())
			.isEqualTo(OK);
	}

	@Test
	void dependentFieldsLetAGroupServeOneFieldOnly() {
		// given the same browser twice, with a single group accepting it
		ValidationOutcome outcome = validator.validate(twoBrowsers(), answers("b1", "Chrome", "b2", "Chromium"));

		// then
		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsExactly(Map.entry("b1", OK), Map.entry("b2", KO));
	}

	@Test
	void dependentFieldsWithDuplicateAnswersAreKoWhenOnlyOneGroupAcceptsThem() {
		DependentFields solution = new DependentFields(List.of("f1", "f2"), List.of(List.of("a"), List.of("b")),
				Set.of());

		assertThat(validator.validate(solution, answers("f1", "a", "f2", "a")).verdict()).isEqualTo(KO);
	}

	@Test
	void dependentFieldsGiveNoPartialCredit() {
		ValidationOutcome outcome = validator.validate(twoBrowsers(), answers("b1", "Firefox", "b2", "Opera"));

		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsEntry("b1", OK).containsEntry("b2", KO);
	}

	@Test
	void dependentFieldsAreGreedyEvenWhenAPerfectMatchingExists() {
		// given field 1 could take either group but greedily takes the first, which field
		// 2 needed
		DependentFields solution = new DependentFields(List.of("f1", "f2"), List.of(List.of("a", "b"), List.of("a")),
				Set.of());

		// when
		ValidationOutcome outcome = validator.validate(solution, answers("f1", "a", "f2", "b"));

		// then
		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsExactly(Map.entry("f1", OK), Map.entry("f2", KO));
	}

	@Test
	void dependentFieldsMissingKeyIsThatFieldKo() {
		ValidationOutcome outcome = validator.validate(twoBrowsers(), answers("b2", "Firefox"));

		assertThat(outcome.verdict()).isEqualTo(KO);
		assertThat(outcome.fields()).containsExactly(Map.entry("b1", KO), Map.entry("b2", OK));
	}

}

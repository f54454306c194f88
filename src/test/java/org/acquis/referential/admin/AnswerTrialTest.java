package org.acquis.referential.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.acquis.referential.validation.Tolerance;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnswerTrialTest {

	@Test
	void readsASingleChoiceWhetherTheIdIsANumberOrAText() {
		var trial = AnswerTrial.of(request("qcu", 2, List.of(), "2", null));

		assertThat(trial.solution()).isEqualTo(new Solution.SingleChoice("2"));
		assertThat(trial.answer()).isEqualTo(new AnswerValue.Text("2"));
	}

	@Test
	void readsMultipleChoicesFromAListOfIds() {
		var trial = AnswerTrial.of(request("QCM", List.of(1, "3"), null, "1,3", null));

		assertThat(trial.solution()).isEqualTo(new Solution.MultipleChoice(Set.of("1", "3")));
		assertThat(trial.answer()).isEqualTo(new AnswerValue.Text("1,3"));
	}

	@Test
	void readsFreeTextWithItsTolerances() {
		var trial = AnswerTrial.of(request("QROC", List.of("Paris", "Lutèce"), List.of("t1", "T3"), "paris", null));

		assertThat(trial.solution()).isEqualTo(new Solution.FreeText(List.of("Paris", "Lutèce"),
				EnumSet.of(Tolerance.T1, Tolerance.T3), false, false));
	}

	@Test
	void readsIndependentFieldsEachWithTheTolerances() {
		var trial = AnswerTrial.of(request("QROCM_IND", ordered("city", List.of("Paris"), "country", "France"),
				List.of("t2"), ordered("city", "Paris", "country", null), null));

		var solution = (Solution.IndependentFields) trial.solution();
		assertThat(solution.fields()).containsOnlyKeys("city", "country");
		assertThat(solution.fields().get("country"))
			.isEqualTo(new Solution.FreeText(List.of("France"), Set.of(Tolerance.T2), false, false));
		// a blank field is an empty text, as a learner's is
		assertThat(((AnswerValue.Fields) trial.answer()).values()).containsEntry("country", "");
	}

	@Test
	void namesDependentFieldsAfterTheAnswerAndCountsThemFromTheGroups() {
		var trial = AnswerTrial.of(request("QROCM_DEP", ordered("g1", List.of("rouge"), "g2", List.of("vert")),
				List.of(), ordered("b", "vert", "a", "rouge"), null));

		assertThat(trial.solution()).isEqualTo(
				new Solution.DependentFields(List.of("b", "a"), List.of(List.of("rouge"), List.of("vert")), Set.of()));
	}

	@Test
	void acceptsFewerDependentFieldsThanGroupsWhenTheTrialSaysHowMany() {
		var groups = ordered("g1", List.of("a"), "g2", List.of("b"), "g3", List.of("c"));

		assertThat(AnswerTrial.of(request("QROCM_DEP", groups, null, ordered("x", "c", "y", "a"), 2)).solution())
			.isInstanceOf(Solution.DependentFields.class);
		assertInvalid(request("QROCM_DEP", groups, null, ordered("x", "c", "y", "a"), null), "fields");
	}

	@Test
	void readsTheJsonBodyAsTheApiDescribesIt() {
		var json = """
				{"type":"QROCM_DEP","accepted":{"g1":["rouge","carmin"],"g2":["vert"],"g3":["bleu"]},
				 "tolerances":["t1"],"value":{"b":"Vert","a":"rouge"},"fields":2}
				""";

		var trial = AnswerTrial.of(JsonMapper.builder().build().readValue(json, AnswerTrialRequest.class));

		assertThat(trial.solution()).isEqualTo(new Solution.DependentFields(List.of("b", "a"),
				List.of(List.of("rouge", "carmin"), List.of("vert"), List.of("bleu")), Set.of(Tolerance.T1)));
		assertThat(((AnswerValue.Fields) trial.answer()).values()).containsExactly(Map.entry("b", "Vert"),
				Map.entry("a", "rouge"));
	}

	@Test
	void refusesATrialThatDoesNotSayWhatItTries() {
		assertInvalid(request(null, "1", null, "1", null), "type");
		assertInvalid(request("QCX", "1", null, "1", null), "type");
		assertInvalid(request("QROC", List.of(), null, "x", null), "accepted");
		assertInvalid(request("QCU", List.of("1"), null, "1", null), "accepted");
		assertInvalid(request("QROCM_IND", List.of("x"), null, ordered("a", "x"), null), "accepted");
		assertInvalid(request("QROC", List.of("x"), List.of("t4"), "x", null), "tolerances");
		assertInvalid(request("QROC", List.of("x"), null, null, null), "value");
		assertInvalid(request("QROC", List.of("x"), null, ordered("a", "x"), null), "value");
		assertInvalid(request("QROCM_IND", ordered("a", "x"), null, "x", null), "value");
	}

	private static void assertInvalid(AnswerTrialRequest request, String part) {
		assertThatThrownBy(() -> AnswerTrial.of(request)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("ANSWER_TRIAL_INVALID");
			assertThat(ex.arguments()).containsExactly(part);
		});
	}

	/**
	 * What Jackson gives for the JSON body: lists, maps in document order, strings and
	 * numbers.
	 */
	private static AnswerTrialRequest request(@Nullable String type, @Nullable Object accepted,
			@Nullable List<String> tolerances, @Nullable Object value, @Nullable Integer fields) {
		return new AnswerTrialRequest(type, accepted, tolerances, value, fields);
	}

	private static Map<String, @Nullable Object> ordered(@Nullable Object... keysAndValues) {
		var map = new LinkedHashMap<String, @Nullable Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
		}
		return map;
	}

}

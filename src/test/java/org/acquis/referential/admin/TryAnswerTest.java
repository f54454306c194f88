package org.acquis.referential.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TryAnswerTest {

	private final TryAnswer tryAnswer = new TryAnswer();

	@Test
	void judgesAFreeTextWithTheEnabledTolerances() {
		var lenient = this.tryAnswer
			.tryAnswer(new AnswerTrialRequest("QROC", List.of("Lutèce"), List.of("t1"), "LUTECE", null));
		var strict = this.tryAnswer
			.tryAnswer(new AnswerTrialRequest("QROC", List.of("Lutèce"), List.of(), "LUTECE", null));

		assertThat(lenient).isEqualTo(new AnswerTrialResult("OK", Map.of()));
		assertThat(strict).isEqualTo(new AnswerTrialResult("KO", Map.of()));
	}

	@Test
	void saysPartiallyWhenSomeFieldsButNotAllAreRight() {
		var accepted = new LinkedHashMap<String, Object>();
		accepted.put("city", List.of("Paris"));
		accepted.put("country", List.of("France"));

		var result = this.tryAnswer.tryAnswer(new AnswerTrialRequest("QROCM_IND", accepted, null,
				Map.of("city", "Paris", "country", "Belgique"), null));

		assertThat(result.result()).isEqualTo("PARTIALLY");
		assertThat(result.fields()).containsExactly(Map.entry("city", "OK"), Map.entry("country", "KO"));
	}

	@Test
	void saysKoWhenNoFieldIsRight() {
		var result = this.tryAnswer.tryAnswer(new AnswerTrialRequest("QROCM_DEP",
				Map.of("g1", List.of("rouge"), "g2", List.of("vert")), null, Map.of("a", "bleu", "b", "jaune"), null));

		assertThat(result.result()).isEqualTo("KO");
		assertThat(result.fields()).containsOnly(Map.entry("a", "KO"), Map.entry("b", "KO"));
	}

	@Test
	void judgesMultipleChoicesInAnyOrder() {
		var result = this.tryAnswer.tryAnswer(new AnswerTrialRequest("QCM", List.of(1, 3), null, "3, 1", null));

		assertThat(result.result()).isEqualTo("OK");
	}

}

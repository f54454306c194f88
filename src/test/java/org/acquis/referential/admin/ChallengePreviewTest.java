package org.acquis.referential.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.acquis.referential.Challenge;
import org.acquis.referential.Skill;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.junit.jupiter.api.Test;

class ChallengePreviewTest {

	private static final Skill SKILL = new Skill("@tableur3", "tableur", "3.2", 3, 2, null, List.of(), true);

	@Test
	void showsTheChallengeWithItsFilesAndARightAnswerShapedAsAnAnswer() {
		var accepted = Map.of("total", List.of("42"), "moyenne", List.of("7"));
		var challenge = new Challenge("tableur-3-a", "@tableur3", "crcn", "3.2", Challenge.Type.QROCM_IND, "Calcule.",
				List.of(), List.of(new Challenge.Field("total", "Total", "text", List.of())), 120, true,
				List.of("ventes mars.csv"), new Challenge.Illustration("tableau.svg", "Un tableau"), false, "fr",
				Challenge.Status.VALIDATED);
		var key = new AnswerKey(new Solution.IndependentFields(Map.of()), new AnswerValue.Fields(Map.of("total", "42")),
				List.of(), accepted);

		var preview = ChallengePreview.of(challenge, key, SKILL);

		assertThat(preview.attachments()).containsExactly(
				new ChallengePreview.FileLink("ventes mars.csv", "/content/files/crcn/3.2/ventes%20mars.csv"));
		assertThat(preview.illustration())
			.isEqualTo(new ChallengePreview.IllustrationLink("/content/files/crcn/3.2/tableau.svg", "Un tableau"));
		assertThat(List.of(preview.skill(), preview.tube(), preview.level(), preview.competence()))
			.containsExactly("@tableur3", "tableur", 3, "3.2");
		assertThat(preview.solution()).isEqualTo(Map.of("total", "42"));
		assertThat(preview.acceptedAnswers()).isEqualTo(accepted);
		assertThat(preview.timerSeconds()).isEqualTo(120);
	}

	@Test
	void givesAChoiceSolutionAsTheTextALearnerWouldSend() {
		var challenge = new Challenge("tableur-3-b", "@tableur3", "crcn", "3.2", Challenge.Type.QCM, "Choisis.",
				List.of(new Challenge.Proposal("1", "A"), new Challenge.Proposal("2", "B")), List.of(), null, false,
				List.of(), null, false, "fr", Challenge.Status.VALIDATED);
		var key = new AnswerKey(Solution.MultipleChoice.parse("1,2"), new AnswerValue.Text("1,2"), List.of(),
				List.of("1", "2"));

		var preview = ChallengePreview.of(challenge, key, SKILL);

		assertThat(preview.solution()).isEqualTo("1,2");
		assertThat(preview.illustration()).isNull();
		assertThat(preview.proposals()).hasSize(2);
	}

}

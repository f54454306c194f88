package org.acquis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level gained is announced in the answer that gains it ({@code levelUp}); the review
 * gives the recorded answers with their correction, never the current question's.
 */
class ReviewAndLevelUpApiTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	@Autowired
	StartAssessment start;

	@Test
	void theAnswerThatRaisesTheLevelSaysSoAndNoOtherDoes() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Niveau");
		var assessment = start(api, "1.1");
		var announced = new ArrayList<Integer>();
		var question = api.get(path(assessment, "next-challenge")).body();
		while (question != null) {
			if (question.get("awaitingStart").asBoolean()) {
				api.post(path(assessment, "current-challenge/start"), Map.of());
			}
			var challenge = this.bank.challenge(question.get("challengeId").asString()).orElseThrow();
			var answered = api.post(path(assessment, "answers"),
					Map.of("challengeId", challenge.id(), "value", value(challenge, level(challenge) <= 3)));
			assertThat(answered.status()).isEqualTo(201);
			var levelUp = answered.body().get("levelUp");
			if (levelUp != null && !levelUp.isNull()) {
				assertThat(levelUp.get("competence").asString()).isEqualTo("1.1");
				announced.add(levelUp.get("level").asInt());
			}
			var next = answered.body().get("nextChallenge");
			question = next.isNull() ? null : next;
		}
		assertThat(announced).as("levels reached, each announced once, rising").isNotEmpty().isSorted();
		assertThat(announced).doesNotHaveDuplicates();
		assertThat(announced.get(announced.size() - 1)).isEqualTo(3);
	}

	@Test
	void theReviewGivesTheRecordedAnswersWithTheirCorrectionAndNeverTheCurrentOne() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Revue");
		var assessment = start(api, "1.1");
		assertThat(api.get(path(assessment, "review")).body().get("answers")).as("nothing answered yet").isEmpty();
		var answered = new ArrayList<Challenge>();
		var question = api.get(path(assessment, "next-challenge")).body();
		for (int i = 0; i < 3; i++) {
			if (question.get("awaitingStart").asBoolean()) {
				api.post(path(assessment, "current-challenge/start"), Map.of());
			}
			var challenge = this.bank.challenge(question.get("challengeId").asString()).orElseThrow();
			var right = i != 1;
			question = api
				.post(path(assessment, "answers"),
						Map.of("challengeId", challenge.id(), "value", value(challenge, right)))
				.body()
				.get("nextChallenge");
			answered.add(challenge);
		}
		var current = question.get("challengeId").asString();

		var review = api.get(path(assessment, "review"));

		assertThat(review.status()).isEqualTo(200);
		assertThat(review.raw()).as("the current question is not corrected").doesNotContain(current);
		var answers = review.body().get("answers");
		assertThat(answers).hasSize(3);
		for (int i = 0; i < 3; i++) {
			var challenge = answered.get(i);
			var reviewed = answers.get(i);
			assertThat(reviewed.get("challengeId").asString()).as("oldest first").isEqualTo(challenge.id());
			assertThat(reviewed.get("instruction").asString()).isEqualTo(challenge.instruction());
			assertThat(reviewed.get("result").asString()).isEqualTo(i == 1 ? "KO" : "OK");
			assertThat(reviewed.get("given").asString()).isNotBlank();
			assertThat(accepted(reviewed)).as("the accepted answers as authored").containsAll(acceptedTexts(challenge));
			assertThat(reviewed.get("correction").get("text").asString()).isNotBlank();
			if (challenge.type() == Challenge.Type.QCU) {
				var given = reviewed.get("given").asString();
				assertThat(challenge.proposals()).as("the proposal's text, not its id")
					.anyMatch(p -> p.text().equals(given));
			}
			var tube = this.bank.skill(challenge.skillId()).orElseThrow().tube();
			assertThat(reviewed.get("tutorials")).isNotEmpty()
				.allSatisfy(t -> assertThat(this.bank.tutorial(t.get("id").asString()).orElseThrow().tube())
					.isEqualTo(tube));
		}
	}

	@Test
	void theReviewIsItsLearnersOnlyAndNeverACertifications() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Proprio");
		var assessment = start(api, "2.1");
		var stranger = new ApiClient(baseUrl());
		stranger.signUpAndLogin("Curieux");
		assertThat(stranger.get(path(assessment, "review")).status()).isEqualTo(404);

		var learner = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var tube = this.bank.tubes("crcn", "3.1").get(0).name();
		var skills = this.bank.skillsOfTube(tube).stream().map(s -> s.id()).toList();
		var certification = this.start.start(AssessmentOptions.on(learner, Purpose.CERTIFICATION, skills));
		var question = api.get("/api/assessments/" + certification + "/next-challenge").body();
		var challenge = this.bank.challenge(question.get("challengeId").asString()).orElseThrow();
		var answered = api.post("/api/assessments/" + certification + "/answers",
				Map.of("challengeId", challenge.id(), "value", value(challenge, true)));
		assertThat(answered.status()).isEqualTo(201);
		assertThat(answered.body().get("levelUp").isNull()).as("a certification announces nothing").isTrue();
		assertThat(api.get("/api/assessments/" + certification + "/review").status()).isEqualTo(404);
	}

	private static List<String> accepted(JsonNode reviewed) {
		var accepted = new ArrayList<String>();
		reviewed.get("correction").get("accepted").forEach(a -> accepted.add(a.asString()));
		return accepted;
	}

	/** Every accepted text as the referential's key holds them, whatever the type. */
	private List<String> acceptedTexts(Challenge challenge) {
		var authored = this.bank.answerKey(challenge).acceptedAnswers();
		var texts = new ArrayList<String>();
		if (authored instanceof String text) {
			texts.add(text);
		}
		else if (authored instanceof List<?> list) {
			list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
		}
		return challenge.type() == Challenge.Type.QCU || challenge.type() == Challenge.Type.QCM
				|| challenge.type() == Challenge.Type.QROC ? texts : List.of();
	}

	private Object value(Challenge challenge, boolean right) {
		var key = this.bank.answerKey(challenge);
		return CompetenceEvaluationApiTest.json(right ? key.rightAnswer() : key.wrongAnswers().get(0));
	}

	private int level(Challenge challenge) {
		return this.bank.skill(challenge.skillId()).orElseThrow().level();
	}

	private static String start(ApiClient api, String competence) {
		return api.post("/api/competence-evaluations", Map.of("competence", competence))
			.body()
			.get("assessmentId")
			.asString();
	}

	private static String path(String assessment, String rest) {
		return "/api/assessments/" + assessment + "/" + rest;
	}

}

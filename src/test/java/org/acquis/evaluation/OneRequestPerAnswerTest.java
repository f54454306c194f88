package org.acquis.evaluation;

import java.util.Map;
import java.util.UUID;

import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer's 201 carries the next challenge, as next-challenge shows it, without any
 * solution: one request per question; a replay carries the question to answer now.
 */
class OneRequestPerAnswerTest extends IntegrationTest {

	private static final String SOLUTION_FIELDS = "\"(solution|accepted|acceptedAnswers|wrongAnswers|rightAnswer|wrong|right)\"\\s*:";

	@Autowired
	ContentBank bank;

	@Test
	void eachAnswerCarriesTheNextChallengeWithoutItsSolutionAndNullAtTheEnd() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Una");
		var assessment = start(api, "1.1");
		var first = api.get(path(assessment, "next-challenge"));
		assertThat(first.status()).isEqualTo(200);
		var current = first.body();
		int answers = 0;
		while (current != null) {
			var challenge = this.bank.challenge(current.get("challengeId").asString()).orElseThrow();
			// right answers up to level 2: a learner who goes on to harder questions
			var level = this.bank.skill(challenge.skillId()).orElseThrow().level();
			var value = CompetenceEvaluationApiTest.json(level <= 2 ? this.bank.answerKey(challenge).rightAnswer()
					: this.bank.answerKey(challenge).wrongAnswers().get(0));
			var answered = api.post(path(assessment, "answers"), Map.of("challengeId", challenge.id(), "value", value),
					UUID.randomUUID().toString());
			assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
			assertThat(answered.raw()).doesNotContainPattern(SOLUTION_FIELDS);
			assertThat(answered.body().has("nextChallenge")).as(answered.raw()).isTrue();
			answers++;
			var next = answered.body().get("nextChallenge");
			var shown = api.get(path(assessment, "next-challenge"));
			if (next.isNull()) {
				assertThat(shown.status()).isEqualTo(204);
				current = null;
			}
			else {
				assertThat(next).as("the next-challenge body, remaining time included").isEqualTo(shown.body());
				assertOpaqueProposals(next);
				current = next;
			}
		}
		assertThat(answers).isGreaterThan(1);
		assertThat(api.get("/api/assessments/" + assessment).body().get("state").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void aReplayCarriesTheSameBodyOrTheQuestionToAnswerNow() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Ray");
		var assessment = start(api, "2.1");
		var firstChallenge = api.get(path(assessment, "next-challenge")).body().get("challengeId").asString();
		var key = UUID.randomUUID().toString();
		var first = api.post(path(assessment, "answers"), Map.of("challengeId", firstChallenge, "skipped", true), key);
		var replay = api.post(path(assessment, "answers"), Map.of("challengeId", firstChallenge, "skipped", true), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.body()).as("a retry after a lost response: the same body").isEqualTo(first.body());
		var second = first.body().get("nextChallenge").get("challengeId").asString();

		var secondAnswer = api.post(path(assessment, "answers"), Map.of("challengeId", second, "skipped", true),
				UUID.randomUUID().toString());
		var late = api.post(path(assessment, "answers"), Map.of("challengeId", firstChallenge, "skipped", true), key);
		assertThat(late.status()).isEqualTo(201);
		assertThat(late.body().get("answerId")).isEqualTo(first.body().get("answerId"));
		assertThat(late.body().get("nextChallenge"))
			.as("the question answered since is not offered again: the current one is")
			.isEqualTo(secondAnswer.body().get("nextChallenge"));
		assertThat(api.get("/api/assessments/" + assessment).body().get("answers").asInt()).isEqualTo(2);
	}

	@Test
	void theReplayOfTheLastAnswerSaysTheAssessmentIsFinished() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Fin");
		var assessment = start(api, "3.2");
		var current = api.get(path(assessment, "next-challenge")).body().get("challengeId").asString();
		while (true) {
			var key = UUID.randomUUID().toString();
			var answered = api.post(path(assessment, "answers"), Map.of("challengeId", current, "skipped", true), key);
			assertThat(answered.status()).isEqualTo(201);
			var next = answered.body().get("nextChallenge");
			if (next.isNull()) {
				assertThat(answered.raw()).contains("\"nextChallenge\":null");
				var replay = api.post(path(assessment, "answers"), Map.of("challengeId", current, "skipped", true),
						key);
				assertThat(replay.status()).isEqualTo(201);
				assertThat(replay.body()).isEqualTo(answered.body());
				return;
			}
			current = next.get("challengeId").asString();
		}
	}

	@Test
	void aTimedNextChallengeAwaitsItsStartThenCarriesItsDeadline() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Chrono");
		for (var competence : java.util.List.of("5.1", "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1")) {
			var assessment = start(api, competence);
			var current = api.get(path(assessment, "next-challenge")).body();
			while (current != null) {
				var challenge = this.bank.challenge(current.get("challengeId").asString()).orElseThrow();
				var answered = api.post(path(assessment, "answers"), Map.of("challengeId", challenge.id(), "value",
						CompetenceEvaluationApiTest.json(this.bank.answerKey(challenge).rightAnswer())));
				var next = answered.body().get("nextChallenge");
				if (!next.isNull() && !next.get("timerSeconds").isNull()) {
					assertThat(next.get("deadline").isNull()).as("its clock waits for its start").isTrue();
					assertThat(next.get("awaitingStart").asBoolean()).isTrue();
					assertThat(next.get("instruction").asString()).isEmpty();
					assertThat(next).isEqualTo(api.get(path(assessment, "next-challenge")).body());
					var started = api.post(path(assessment, "current-challenge/start"), Map.of());
					assertThat(started.body().get("deadline").isNull()).isFalse();
					assertThat(started.raw()).doesNotContainPattern(SOLUTION_FIELDS);
					assertThat(started.body()).isEqualTo(api.get(path(assessment, "next-challenge")).body());
					return;
				}
				current = next.isNull() ? null : next;
			}
		}
		throw new AssertionError("no timed question came next");
	}

	private void assertOpaqueProposals(JsonNode challenge) {
		for (var proposal : challenge.get("proposals")) {
			assertThat(proposal.get("id").asString()).as("opaque, not a position").doesNotMatch("[0-9]{1,2}");
		}
		var id = challenge.get("challengeId").asString();
		var proposals = this.bank.challenge(id).orElseThrow().proposals();
		assertThat(challenge.get("proposals")).hasSize(proposals.size());
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

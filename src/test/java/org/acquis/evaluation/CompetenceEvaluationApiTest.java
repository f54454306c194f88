package org.acquis.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompetenceEvaluationApiTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@ParameterizedTest(name = "level {0}")
	@ValueSource(ints = { 1, 2, 3 })
	void learnerWhoMastersExactlyTheSkillsUpToLevelNReachesLevelN(int n) {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Lea");
		var competence = n == 2 ? "4.1" : "1.1";
		var assessmentId = api.post("/api/competence-evaluations", Map.of("competence", competence))
			.body()
			.get("assessmentId")
			.asString();

		int questions = answerUntilTheEnd(api, assessmentId, n);

		var profile = api.get("/api/me/profile").body();
		var card = findCard(profile, competence);
		assertThat(card.get("level").asInt()).isEqualTo(n);
		assertThat(card.get("pix").asInt()).isEqualTo(8 * n);
		assertThat(card.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(profile.get("totalPix").asInt()).isEqualTo(8 * n);
		assertThat(questions).isLessThan(bank.skills("crcn", competence).size());
		assertThat(api.get("/api/assessments/" + assessmentId).body().get("state").asString()).isEqualTo("COMPLETED");
	}

	private int answerUntilTheEnd(ApiClient api, String assessmentId, int masteredLevel) {
		int questions = 0;
		while (true) {
			var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
			if (next.status() == 204) {
				return questions;
			}
			assertThat(next.status()).isEqualTo(200);
			if (next.body().get("awaitingStart").asBoolean()) {
				// a timed question: the learner starts it
				next = api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
			}
			assertThat(next.raw())
				.doesNotContainPattern("\"(solution|accepted|acceptedAnswers|wrongAnswers|rightAnswer)\"\\s*:");
			var challenge = bank.challenge(next.body().get("challengeId").asString()).orElseThrow();
			var level = bank.skill(challenge.skillId()).orElseThrow().level();
			var value = level <= masteredLevel ? json(this.bank.answerKey(challenge).rightAnswer())
					: json(this.bank.answerKey(challenge).wrongAnswers().get(0));
			var answered = api.post("/api/assessments/" + assessmentId + "/answers",
					Map.of("challengeId", challenge.id(), "value", value));
			assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
			assertThat(answered.body().get("result").asString().equals("OK")).isEqualTo(level <= masteredLevel);
			questions++;
		}
	}

	@Test
	void refusesBadAnswersAndChangesNothing() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Noe");
		assertThat(api.post("/api/competence-evaluations", Map.of("competence", "9.9")).status()).isEqualTo(404);
		var started = api.post("/api/competence-evaluations", Map.of("competence", "2.1"));
		assertThat(started.status()).isEqualTo(201);
		var assessmentId = started.body().get("assessmentId").asString();
		assertThat(api.post("/api/competence-evaluations", Map.of("competence", "2.1"))
			.body()
			.get("assessmentId")
			.asString()).as("a second start resumes").isEqualTo(assessmentId);
		var current = api.get("/api/assessments/" + assessmentId + "/next-challenge")
			.body()
			.get("challengeId")
			.asString();
		assertThat(api.get("/api/assessments/" + assessmentId + "/next-challenge").body().get("challengeId").asString())
			.as("leaving and coming back shows the same question")
			.isEqualTo(current);

		var other = api.post("/api/assessments/" + assessmentId + "/answers",
				Map.of("challengeId", "notCurrent-1-a", "value", "1"));
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.body().get("code").asString()).isEqualTo("CHALLENGE_NOT_CURRENT");
		assertThat(other.body().get("detail").asString()).contains("question en cours");
		var malformed = api.post("/api/assessments/" + assessmentId + "/answers", "{\"challengeId\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(api.get("/api/assessments/" + assessmentId).body().get("answers").asInt()).isZero();

		var key = UUID.randomUUID().toString();
		var first = api.post("/api/assessments/" + assessmentId + "/answers",
				Map.of("challengeId", current, "skipped", true), key);
		var replay = api.post("/api/assessments/" + assessmentId + "/answers",
				Map.of("challengeId", current, "skipped", true), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.body().get("result").asString()).isEqualTo("SKIPPED");
		assertThat(replay.body().get("answerId").asString()).isEqualTo(first.body().get("answerId").asString());
		assertThat(api.get("/api/assessments/" + assessmentId).body().get("answers").asInt()).isEqualTo(1);

		var second = api.get("/api/assessments/" + assessmentId + "/next-challenge")
			.body()
			.get("challengeId")
			.asString();
		var reused = api.post("/api/assessments/" + assessmentId + "/answers",
				Map.of("challengeId", second, "value", "1"), key);
		assertThat(reused.body().get("answerId").asString()).as("a key used before gets its first answer back")
			.isEqualTo(first.body().get("answerId").asString());
		assertThat(api.get("/api/assessments/" + assessmentId).body().get("answers").asInt()).isEqualTo(1);
		assertThat(api.get("/api/assessments/" + assessmentId + "/next-challenge").body().get("challengeId").asString())
			.as("and writes nothing: the question is still to answer")
			.isEqualTo(second);

		var stranger = new ApiClient(baseUrl());
		stranger.signUpAndLogin("Intrus");
		assertThat(stranger.get("/api/assessments/" + assessmentId + "/next-challenge").status()).isEqualTo(404);
		stranger.forgetToken();
		assertThat(stranger.get("/api/assessments/" + assessmentId + "/next-challenge").status()).isEqualTo(401);
	}

	@Test
	void aTimedQuestionsClockStartsWhenTheLearnerStartsItAndAnAnswerAfterItIsTimedOut() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Tim");
		for (var competence : java.util.List.of("5.1", "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1")) {
			if (timedQuestionFound(api, competence, true)) {
				return;
			}
		}
		throw new AssertionError("no timed question was asked");
	}

	/**
	 * MEDIUM-1 of the security probe: a timed question answered without ever being
	 * fetched had no clock, so it was never late.
	 */
	@Test
	void aTimedQuestionAnsweredWithoutBeingFetchedIsTimedOutAfterItsDeadline() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Sly");
		for (var competence : java.util.List.of("5.1", "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1")) {
			if (timedQuestionFound(api, competence, false)) {
				return;
			}
		}
		throw new AssertionError("no timed question was asked");
	}

	private boolean timedQuestionFound(ApiClient api, String competence, boolean shown) {
		var assessmentId = api.post("/api/competence-evaluations", Map.of("competence", competence))
			.body()
			.get("assessmentId")
			.asString();
		var path = "/api/assessments/" + assessmentId + "/next-challenge";
		var madeCurrent = clock.instant();
		var currentId = currentShown(api, path);
		for (int i = 0; i < 60 && currentId != null; i++) {
			var challenge = bank.challenge(currentId).orElseThrow();
			if (challenge.timed()) {
				// the learner takes a break: a question not started has no clock yet
				clock.advance(Duration.ofSeconds(challenge.timerSeconds() + 10));
				if (shown) {
					var waiting = api.get(path).body();
					assertThat(waiting.get("awaitingStart").asBoolean()).isTrue();
					assertThat(waiting.get("deadline").isNull()).isTrue();
					assertThat(waiting.get("timerSeconds").asInt()).isEqualTo(challenge.timerSeconds());
					assertThat(waiting.get("instruction").asString()).as("nothing of the question before its start")
						.isEmpty();
					assertThat(waiting.get("proposals")).isEmpty();
					assertThat(waiting.get("fields")).isEmpty();
					var startedAt = clock.instant();
					var started = api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
					assertThat(started.status()).isEqualTo(200);
					assertThat(started.body().get("awaitingStart").asBoolean()).isFalse();
					assertThat(started.body().get("instruction").asString()).isEqualTo(challenge.instruction());
					var deadline = Instant.parse(started.body().get("deadline").asString());
					assertThat(deadline).isCloseTo(startedAt.plusSeconds(challenge.timerSeconds() + 3),
							within(2, ChronoUnit.SECONDS));
					clock.advance(Duration.ofSeconds(5));
					// a second start, a reload: the same clock
					assertThat(Instant
						.parse(api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of())
							.body()
							.get("deadline")
							.asString()))
						.isEqualTo(deadline);
					assertThat(Instant.parse(api.get(path).body().get("deadline").asString())).isEqualTo(deadline);
					clock.advance(Duration.ofSeconds(challenge.timerSeconds()));
				}
				// shown and answered too late, or answered without being started
				var late = api.post("/api/assessments/" + assessmentId + "/answers", Map.of("challengeId",
						challenge.id(), "value", json(this.bank.answerKey(challenge).rightAnswer())));
				assertThat(late.body().get("result").asString()).isEqualTo("TIMED_OUT");
				return true;
			}
			madeCurrent = clock.instant();
			api.post("/api/assessments/" + assessmentId + "/answers",
					Map.of("challengeId", challenge.id(), "value", json(this.bank.answerKey(challenge).rightAnswer())));
			// the next question is chosen by this answer; a script that knows the bank
			// can guess it without fetching it: here it is read from the database
			currentId = shown ? currentShown(api, path)
					: this.jdbc.sql("SELECT current_challenge_id FROM evaluation_assessment WHERE id = ?::uuid")
						.param(assessmentId)
						.query((rs, row) -> java.util.Optional.ofNullable(rs.getString(1)))
						.single()
						.orElse(null);
		}
		return false;
	}

	private static String currentShown(ApiClient api, String path) {
		var next = api.get(path);
		return next.status() == 204 ? null : next.body().get("challengeId").asString();
	}

	@Test
	void resetAndImproveWaitForTheirDelays() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Ines");
		var assessmentId = api.post("/api/competence-evaluations", Map.of("competence", "3.1"))
			.body()
			.get("assessmentId")
			.asString();
		answerUntilTheEnd(api, assessmentId, 1);
		assertThat(api.post("/api/me/competences/3.1/reset", Map.of()).status()).isEqualTo(422);
		assertThat(api.post("/api/competence-evaluations/3.1/improve", Map.of()).status()).isEqualTo(422);

		clock.advance(Duration.ofDays(4).plusMinutes(1));
		var improved = api.post("/api/competence-evaluations/3.1/improve", Map.of());
		assertThat(improved.status()).isEqualTo(201);
		answerUntilTheEnd(api, improved.body().get("assessmentId").asString(), 2);
		assertThat(findCard(api.get("/api/me/profile").body(), "3.1").get("level").asInt()).isEqualTo(2);

		clock.advance(Duration.ofDays(7).plusMinutes(1));
		var reset = api.post("/api/me/competences/3.1/reset", Map.of());
		assertThat(reset.status()).isEqualTo(200);
		assertThat(findCard(reset.body(), "3.1").get("pix").asInt()).isZero();
	}

	private static tools.jackson.databind.JsonNode findCard(tools.jackson.databind.JsonNode profile, String code) {
		for (var card : profile.get("competences")) {
			if (card.get("code").asString().equals(code)) {
				return card;
			}
		}
		throw new AssertionError("no competence " + code);
	}

	static Object json(AnswerValue value) {
		return switch (value) {
			case AnswerValue.Text text -> text.value();
			case AnswerValue.Fields fields -> new HashMap<>(fields.values());
		};
	}

}

package org.acquis.evaluation;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner with an accommodation (issue 16) gets extra time on timed questions, or no
 * timer at all; a certification keeps its own timing.
 */
class AccommodationApiTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StartAssessment start;

	@Test
	void theLearnerSetsTheirAccommodationAndOnlyTheOnesOfferedAreTaken() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Amenage");
		assertThat(api.get("/api/me/accommodation").body().get("kind").asString()).isEqualTo("NONE");
		for (var wrong : java.util.List.<Map<String, Object>>of(Map.of("kind", "EXTRA_TIME", "extraTimePercent", 40),
				Map.of("kind", "EXTRA_TIME"), Map.of("kind", "NO_TIMER", "extraTimePercent", 33),
				Map.of("kind", "FOREVER"), Map.of())) {
			var refused = put(api, wrong);
			assertThat(refused.status()).as(wrong.toString()).isEqualTo(400);
			assertThat(refused.raw()).contains("ACCOMMODATION_INVALID");
		}
		assertThat(put(api, Map.of("kind", "EXTRA_TIME", "extraTimePercent", 50)).status()).isEqualTo(200);
		var set = api.get("/api/me/accommodation").body();
		assertThat(set.get("kind").asString()).isEqualTo("EXTRA_TIME");
		assertThat(set.get("extraTimePercent").asInt()).isEqualTo(50);
		assertThat(put(api, Map.of("kind", "NONE")).status()).isEqualTo(200);
		assertThat(api.get("/api/me/accommodation").body().get("kind").asString()).isEqualTo("NONE");
		api.forgetToken();
		assertThat(api.get("/api/me/accommodation").status()).isEqualTo(401);
	}

	@Test
	void extraTimeLengthensTheTimerAnAnswerAt50SecondsOfA45SecondQuestionIsInTime() {
		var timed = timedQuestion();
		var withExtraTime = new ApiClient(baseUrl());
		withExtraTime.signUpAndLogin("Tiers");
		assertThat(put(withExtraTime, Map.of("kind", "EXTRA_TIME", "extraTimePercent", 33)).status()).isEqualTo(200);
		var assessment = currentQuestion(withExtraTime, timed);
		var waiting = withExtraTime.get(path(assessment, "next-challenge")).body();
		assertThat(waiting.get("awaitingStart").asBoolean()).isTrue();
		assertThat(waiting.get("timerSeconds").asInt()).as("45 s + 33 %").isEqualTo(60);
		var started = withExtraTime.post(path(assessment, "current-challenge/start"), Map.of()).body();
		assertThat(started.get("timerSeconds").asInt()).isEqualTo(60);
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(answer(withExtraTime, assessment, timed, false)).isEqualTo("OK");

		var without = new ApiClient(baseUrl());
		without.signUpAndLogin("Sans");
		var other = currentQuestion(without, timed);
		assertThat(without.get(path(other, "next-challenge")).body().get("timerSeconds").asInt()).isEqualTo(45);
		without.post(path(other, "current-challenge/start"), Map.of());
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(answer(without, other, timed, false)).isEqualTo("TIMED_OUT");
	}

	@Test
	void withoutTimerATimedQuestionIsShownAtOnceWithoutClockAndNeverTimedOut() {
		var timed = timedQuestion();
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Libre");
		assertThat(put(api, Map.of("kind", "NO_TIMER")).status()).isEqualTo(200);
		var assessment = currentQuestion(api, timed);
		var shown = api.get(path(assessment, "next-challenge")).body();
		assertThat(shown.get("awaitingStart").asBoolean()).as("no announcement to start").isFalse();
		assertThat(shown.get("timerSeconds").isNull()).as("no clock").isTrue();
		assertThat(shown.get("instruction").asString()).isEqualTo(timed.instruction());
		this.clock.advance(Duration.ofMinutes(10));
		// even when a page's script says its clock ran out
		assertThat(answer(api, assessment, timed, true)).isEqualTo("OK");
	}

	@Test
	void aCertificationKeepsItsOwnTiming() {
		var timed = timedQuestion();
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Candidat");
		put(api, Map.of("kind", "NO_TIMER"));
		var learner = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var assessment = this.start
			.start(AssessmentOptions.on(learner, Purpose.CERTIFICATION, java.util.List.of(timed.skillId())));
		makeCurrent(assessment, timed);
		var waiting = api.get(path(assessment, "next-challenge")).body();
		assertThat(waiting.get("awaitingStart").asBoolean()).isTrue();
		assertThat(waiting.get("timerSeconds").asInt()).isEqualTo(45);
	}

	/** A timed question of 45 s (the content has a few), with a right answer. */
	private Challenge timedQuestion() {
		return this.bank.allChallenges()
			.stream()
			.filter(c -> c.timed() && "crcn".equals(c.framework()) && Integer.valueOf(45).equals(c.timerSeconds()))
			.findFirst()
			.orElseThrow();
	}

	private UUID currentQuestion(ApiClient api, Challenge timed) {
		var assessment = UUID
			.fromString(api.post("/api/competence-evaluations", Map.of("competence", timed.competence()))
				.body()
				.get("assessmentId")
				.asString());
		api.get(path(assessment, "next-challenge"));
		makeCurrent(assessment, timed);
		return assessment;
	}

	private void makeCurrent(UUID assessment, Challenge timed) {
		this.jdbc.sql("""
				UPDATE evaluation_assessment SET current_challenge_id = ?, current_asked_at = ?, current_deadline = NULL
				WHERE id = ?""").params(timed.id(), Timestamp.from(this.clock.instant()), assessment).update();
	}

	private String answer(ApiClient api, UUID assessment, Challenge challenge, boolean timedOut) {
		var body = new HashMap<String, Object>();
		body.put("challengeId", challenge.id());
		body.put("value", CompetenceEvaluationApiTest.json(this.bank.answerKey(challenge).rightAnswer()));
		body.put("timedOut", timedOut);
		var answered = api.post(path(assessment, "answers"), body);
		assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
		return answered.body().get("result").asString();
	}

	private static ApiClient.Response put(ApiClient api, Map<String, ?> body) {
		return api.send("PUT", "/api/me/accommodation", "application/json",
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(body), Map.of());
	}

	private static String path(UUID assessment, String tail) {
		return "/api/assessments/" + assessment + "/" + tail;
	}

}

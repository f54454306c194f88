package org.acquis.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole certification through the API: the back office creates a centre, its member a
 * session and a candidate, the candidate joins, the invigilator authorises, the candidate
 * answers every drawn question in order (no result shown), the centre finalises, the jury
 * reads the v2 result.
 */
class CertificationScenarioTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Autowired
	JdbcClient jdbc;

	private CertificationFixture fixture;

	@BeforeEach
	void freshLoginWindow() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixture = new CertificationFixture(baseUrl(), this.registerUser, this.startAssessment, this.bank);
	}

	@Test
	void aCandidateTakesTheTestAndTheJuryReadsTheResult() {
		var admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		var member = this.fixture.person("Claire", "Centre");
		var jury = this.fixture.person("Jules", "Jury", Role.CERTIFICATION);
		var candidate = this.fixture.person("Léa", "Martin");
		this.fixture.makeEligible(candidate);
		var center = this.fixture.center(admin, member);
		var created = this.fixture.session(member, center);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		long session = created.body().get("id").asLong();
		var accessCode = created.body().get("accessCode").asString();
		var password = created.body().get("invigilatorPassword").asString();
		assertThat(accessCode).hasSize(8);
		assertThat(password).hasSize(8).isNotEqualTo(accessCode);

		var enrolled = member.api()
			.post("/api/sessions/" + session + "/candidates", Map.of("firstName", "Lea", "lastName", "MARTIN",
					"birthDate", "2010-03-14", "extraTimePercent", 10, "adjustedTest", false));
		assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
		var candidateId = enrolled.body().get("candidateId").asString();
		assertThat(member.api().get("/api/sessions/" + session + "/candidates").body().get(0).get("eligible").isNull())
			.as("eligibility is known once an account joined")
			.isTrue();

		// the candidate joins, typed with accents and case of their own
		var joined = candidate.api()
			.post("/api/certification-courses",
					Map.of("sessionId", session, "firstName", "Léa", "lastName", "Martin", "birthDate", "2010-03-14"));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		assertThat(joined.body().get("status").asString()).isEqualTo("WAITING_AUTHORIZATION");
		var course = joined.body().get("courseId").asString();
		var device = joined.body().get("deviceKey").asString();
		assertThat(
				member.api().get("/api/sessions/" + session + "/candidates").body().get(0).get("eligible").asBoolean())
			.isTrue();
		assertThat(start(candidate.api(), course, device, accessCode).body().get("code").asString())
			.isEqualTo("COURSE_NOT_AUTHORIZED");

		// the invigilator
		var invigilator = new ApiClient(baseUrl());
		var login = invigilator.post("/api/sessions/" + session + "/supervision",
				Map.of("invigilatorPassword", password));
		assertThat(login.status()).as(login.raw()).isEqualTo(200);
		var token = login.body().get("access_token").asString();
		var list = supervised(session, token);
		assertThat(list.body().get("candidates").get(0).get("status").asString()).isEqualTo("WAITING_AUTHORIZATION");
		assertThat(supervise(session, token, candidateId, "authorize").status()).isEqualTo(204);

		// the start: a wrong code changes nothing, the right one starts the timed test
		assertThat(start(candidate.api(), course, device, "WRONG123").body().get("code").asString())
			.isEqualTo("ACCESS_CODE_WRONG");
		var before = this.clock.instant();
		var started = start(candidate.api(), course, device, accessCode.toLowerCase());
		assertThat(started.status()).as(started.raw()).isEqualTo(200);
		var assessment = started.body().get("assessmentId").asString();
		var testTime = Duration.ofSeconds(105 * 60 * 110 / 100);
		assertThat(Instant.parse(started.body().get("deadline").asString())).as("105 minutes plus 10 %% extra time")
			.isBetween(before.plus(testTime), this.clock.instant().plus(testTime));

		// a second device is refused; the first resumes the same test
		var elsewhere = candidate.api()
			.post("/api/certification-courses",
					Map.of("sessionId", session, "firstName", "Léa", "lastName", "Martin", "birthDate", "2010-03-14"));
		assertThat(elsewhere.status()).isEqualTo(409);
		assertThat(elsewhere.body().get("code").asString()).isEqualTo("COURSE_ON_ANOTHER_DEVICE");
		assertThat(start(candidate.api(), course, device, accessCode).body().get("assessmentId").asString())
			.isEqualTo(assessment);

		// the questions come in the drawn order and tell nothing of the results
		var drawn = this.jdbc
			.sql("SELECT challenge_id FROM certification_drawn_challenge WHERE course_id = ?::uuid ORDER BY position")
			.param(course)
			.query(String.class)
			.list();
		assertThat(drawn).hasSizeBetween(5, 15);
		var first = candidate.api().get("/api/assessments/" + assessment + "/next-challenge");
		if (first.body().path("awaitingStart").asBoolean()) {
			candidate.api().post("/api/assessments/" + assessment + "/current-challenge/start", Map.of());
		}
		var answer = candidate.api()
			.post("/api/assessments/" + assessment + "/answers", Map.of("challengeId",
					first.body().get("challengeId").asString(), "value", this.fixture.rightAnswer(drawn.get(0))));
		assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
		assertThat(answer.body().get("result").isNull()).as("no result during the test: %s", answer.raw()).isTrue();
		assertThat(answer.raw()).doesNotContain("solution");
		assertThat(answer.body().get("levelUp").isNull()).as("no level announced during the test").isTrue();
		int right = drawn.size() - 1;
		var asked = this.fixture.answerAll(candidate.api(), assessment, right - 1);
		assertThat(asked).containsExactlyElementsOf(drawn.subList(1, drawn.size()));
		assertThat(supervised(session, token).body().get("candidates").get(0).get("status").asString())
			.isEqualTo("COMPLETED");
		assertThat(candidate.api().get("/api/me/profile").body().get("totalPix").asInt())
			.as("a certification's answers do not change the profile")
			.isEqualTo(80);

		var pages = new org.acquis.support.PageClient(baseUrl());
		pages.login(candidate.email(), CertificationFixture.PASSWORD);
		var end = pages.get("/evaluations/" + assessment + "/resultat");
		assertThat(end.status()).isEqualTo(200);
		assertThat(end.body()).contains("data-test=\"test-finished\"").doesNotContain("data-test=\"result\"");

		// finalisation, once; then the jury's result
		var finalized = member.api()
			.post("/api/sessions/" + session + "/finalization", Map.of("examinerComment", "RAS"));
		assertThat(finalized.status()).as(finalized.raw()).isEqualTo(200);
		var again = member.api().post("/api/sessions/" + session + "/finalization", Map.of("examinerComment", "bis"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("SESSION_ALREADY_FINALIZED");
		var results = jury.api().get("/api/admin/sessions/" + session + "/results");
		assertThat(results.status()).as(results.raw()).isEqualTo(200);
		var result = results.body().get(0);
		int rate = (int) Math.floor(100.0 * right / drawn.size() + 0.5);
		assertThat(result.get("reproducibilityRate").asInt()).isEqualTo(rate);
		assertThat(result.get("status").asString()).isEqualTo("VALIDATED");
		assertThat(result.get("pixScore").asInt()).isPositive().isLessThanOrEqualTo(80);
		assertThat(member.api().get("/api/admin/sessions/" + session + "/results").status()).isEqualTo(403);
	}

	private ApiClient.Response start(ApiClient api, String course, String device, String accessCode) {
		return api.send("POST", "/api/certification-courses/" + course + "/start", "application/json",
				("{\"accessCode\":\"" + accessCode + "\"}").getBytes(), Map.of("Certification-Device", device));
	}

	private ApiClient.Response supervised(long session, String token) {
		return new ApiClient(baseUrl()).send("GET", "/api/sessions/" + session + "/supervision", null, null,
				Map.of("Authorization", "Invigilator " + token));
	}

	private ApiClient.Response supervise(long session, String token, String candidateId, String action) {
		return new ApiClient(baseUrl()).send("POST",
				"/api/sessions/" + session + "/candidates/" + candidateId + "/" + action, null, null,
				Map.of("Authorization", "Invigilator " + token));
	}

}

package org.acquis.certification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of certification, each on its own session: another centre's member finds
 * nothing, the deadline, an ended test, finalisation without a reason, the invigilator
 * password's lock, the CSV import's all or nothing, editing a closed session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificationRulesTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Autowired
	JdbcClient jdbc;

	private CertificationFixture fixture;

	private CertificationFixture.Person member;

	private CertificationFixture.Person stranger;

	private CertificationFixture.Person candidate;

	private String center;

	private String otherCenter;

	@BeforeAll
	void aCentreAMemberOfAnotherAndAnEligibleLearner() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixture = new CertificationFixture(baseUrl(), this.registerUser, this.startAssessment, this.bank);
		var admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		this.member = this.fixture.person("Claire", "Centre");
		this.stranger = this.fixture.person("Autre", "Centre");
		this.center = this.fixture.center(admin, this.member);
		this.otherCenter = this.fixture.center(admin, this.stranger);
		this.candidate = this.fixture.person("Noé", "Petit");
		this.fixture.makeEligible(this.candidate);
	}

	@Test
	void aMemberOfAnotherCentreFindsNothingOfThisOne() {
		var session = session();
		var api = this.stranger.api();
		assertThat(api.get("/api/certification-centers/" + this.otherCenter).status()).isEqualTo(200);
		assertThat(api.get("/api/certification-centers/" + this.center).status()).isEqualTo(403);
		assertThat(api.get("/api/certification-centers/" + this.center + "/sessions").status()).isEqualTo(403);
		assertThat(this.fixture.session(this.stranger, this.center).status()).isEqualTo(403);
		for (var path : new String[] { "", "/candidates", "/candidates/template.csv" }) {
			var response = api.get("/api/sessions/" + session.id() + path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body().get("code").asString()).isEqualTo("SESSION_NOT_FOUND");
		}
		assertThat(api.post("/api/sessions/" + session.id() + "/candidates", candidateBody("Tom", "Pouce")).status())
			.isEqualTo(404);
		assertThat(api
			.send("POST", "/api/sessions/" + session.id() + "/candidates/import", "text/csv",
					"Nom;Prénom;Date de naissance\nPouce;Tom;2010-01-01\n".getBytes(StandardCharsets.UTF_8), Map.of())
			.status()).isEqualTo(404);
		assertThat(api.send("PUT", "/api/sessions/" + session.id(), "application/json", "{}".getBytes(), Map.of())
			.status()).isEqualTo(404);
		assertThat(api.send("DELETE", "/api/sessions/" + session.id(), null, null, Map.of()).status()).isEqualTo(404);
		assertThat(api.post("/api/sessions/" + session.id() + "/finalization", Map.of()).status()).isEqualTo(404);
		assertThat(candidatesOf(session.id())).as("nothing changed").isZero();
	}

	@Test
	void answersAfterTheDeadlineAreRefused() {
		var started = startedCourse(0);
		var next = this.candidate.api().get("/api/assessments/" + started.assessment() + "/next-challenge");
		var challenge = next.body().get("challengeId").asString();
		this.clock.advance(Duration.ofMinutes(106));
		var late = this.candidate.api()
			.post("/api/assessments/" + started.assessment() + "/answers",
					Map.of("challengeId", challenge, "value", this.fixture.rightAnswer(challenge)));
		assertThat(late.status()).as(late.raw()).isEqualTo(409);
		assertThat(late.body().get("code").asString()).isEqualTo("ASSESSMENT_DEADLINE_PASSED");
		var row = supervised(started).body().get("candidates").get(0);
		assertThat(row.get("remainingSeconds").asLong()).isZero();
	}

	@Test
	void extraTimeKeepsTheTestOpenLonger() {
		var started = startedCourse(50);
		var next = this.candidate.api().get("/api/assessments/" + started.assessment() + "/next-challenge");
		var challenge = next.body().get("challengeId").asString();
		this.clock.advance(Duration.ofMinutes(150));
		var answered = this.candidate.api()
			.post("/api/assessments/" + started.assessment() + "/answers",
					Map.of("challengeId", challenge, "value", this.fixture.rightAnswer(challenge)));
		assertThat(answered.status()).as("157.5 minutes with 50 %% extra time: %s", answered.raw()).isEqualTo(201);
	}

	@Test
	void anEndedTestAsksNothingMoreAndFinalisationWantsAReason() {
		var started = startedCourse(0);
		var api = this.candidate.api();
		var first = api.get("/api/assessments/" + started.assessment() + "/next-challenge").body();
		api.post("/api/assessments/" + started.assessment() + "/answers",
				Map.of("challengeId", first.get("challengeId").asString(), "skipped", true));
		assertThat(supervise(started, "end-test").status()).isEqualTo(204);
		assertThat(supervised(started).body().get("candidates").get(0).get("status").asString())
			.isEqualTo("ENDED_BY_INVIGILATOR");
		var current = api.get("/api/assessments/" + started.assessment() + "/next-challenge");
		if (current.status() == 200) {
			var last = api.post("/api/assessments/" + started.assessment() + "/answers",
					Map.of("challengeId", current.body().get("challengeId").asString(), "skipped", true));
			assertThat(last.body().get("nextChallenge").isNull()).as("nothing asked after the end").isTrue();
		}
		assertThat(api.get("/api/assessments/" + started.assessment() + "/next-challenge").status()).isEqualTo(204);
		assertThat(startAgain(started).body().get("code").asString()).isEqualTo("COURSE_ENDED");

		var refused = this.member.api().post("/api/sessions/" + started.session() + "/finalization", Map.of());
		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.body().get("code").asString()).isEqualTo("ABORT_REASON_REQUIRED");
		assertThat(this.member.api().get("/api/sessions/" + started.session()).body().get("status").asString())
			.as("nothing changed")
			.isEqualTo("CREATED");
		var finalized = this.member.api()
			.post("/api/sessions/" + started.session() + "/finalization", Map.of("candidates",
					java.util.List.of(Map.of("candidateId", started.candidateId(), "abortReason", "CANDIDATE"))));
		assertThat(finalized.status()).as(finalized.raw()).isEqualTo(200);
		var result = this.jdbc.sql("""
				SELECT r.status FROM certification_result r JOIN certification_course c ON c.id = r.course_id
				WHERE c.candidate_id = ?::uuid""").param(started.candidateId()).query(String.class).single();
		assertThat(result).as("1 question skipped, the others wrong as the candidate left: R = 0")
			.isEqualTo("REJECTED");
		assertThat(this.member.api()
			.send("PUT", "/api/sessions/" + started.session(), "application/json",
					"{\"address\":\"a\",\"room\":\"b\",\"date\":\"2026-12-11\",\"time\":\"10:00\",\"examiner\":\"c\"}"
						.getBytes(),
					Map.of())
			.body()
			.get("code")
			.asString()).isEqualTo("SESSION_NOT_EDITABLE");
	}

	@Test
	void guessingTheInvigilatorPasswordLocksTheSessionAndATokenOpensItsOwnSessionOnly() {
		var session = session();
		var other = session();
		var api = new ApiClient(baseUrl());
		for (int i = 0; i < 5; i++) {
			var wrong = api.post("/api/sessions/" + session.id() + "/supervision",
					Map.of("invigilatorPassword", "GUESS" + i));
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.body().get("code").asString()).isEqualTo("INVIGILATOR_PASSWORD_WRONG");
		}
		var locked = api.post("/api/sessions/" + session.id() + "/supervision",
				Map.of("invigilatorPassword", session.password()));
		assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
		assertThat(locked.body().get("code").asString()).isEqualTo("SUPERVISION_LOCKED");
		this.clock.advance(Duration.ofMinutes(2));
		var token = api.post("/api/sessions/" + session.id() + "/supervision",
				Map.of("invigilatorPassword", session.password()));
		assertThat(token.status()).as(token.raw()).isEqualTo(200);
		var bearer = Map.of("Authorization", "Invigilator " + token.body().get("access_token").asString());
		assertThat(api.send("GET", "/api/sessions/" + session.id() + "/supervision", null, null, bearer).status())
			.isEqualTo(200);
		var elsewhere = api.send("GET", "/api/sessions/" + other.id() + "/supervision", null, null, bearer);
		assertThat(elsewhere.status()).isEqualTo(401);
		assertThat(elsewhere.body().get("code").asString()).isEqualTo("SUPERVISION_TOKEN_INVALID");
		assertThat(api.send("GET", "/api/sessions/" + session.id() + "/supervision", null, null, Map.of()).status())
			.isEqualTo(401);
	}

	@Test
	void aCsvImportWithOneWrongLineEnrolsNoOneAndNamesTheLine() {
		var session = session();
		var csv = "\uFEFFNom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);Épreuve adaptée (oui/non)\r\n"
				+ "Dupont;Anne;14/03/2010;;non\r\n" + "\"Le Gall; dit Yann\";Yann;2010-05-02;30;oui\r\n"
				+ "Martin;;31/02/2010;200;peut-être\r\n";
		var refused = this.member.api()
			.send("POST", "/api/sessions/" + session.id() + "/candidates/import", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.body().get("code").asString()).isEqualTo("CANDIDATE_IMPORT_INVALID");
		assertThat(refused.body().get("errors").findValues("line")).allSatisfy(l -> assertThat(l.asInt()).isEqualTo(4));
		assertThat(refused.body().get("errors").findValues("field")).extracting(f -> f.asString())
			.containsExactlyInAnyOrder("firstName", "birthDate", "extraTimePercent", "adjustedTest");
		assertThat(candidatesOf(session.id())).isZero();

		var fixed = csv.substring(0, csv.lastIndexOf("Martin"));
		var imported = this.member.api()
			.send("POST", "/api/sessions/" + session.id() + "/candidates/import", "text/csv",
					fixed.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
		assertThat(imported.body().get("imported").asInt()).isEqualTo(2);
		var listed = this.member.api().get("/api/sessions/" + session.id() + "/candidates").body();
		assertThat(listed.findValues("lastName")).extracting(n -> n.asString())
			.containsExactlyInAnyOrder("Dupont", "Le Gall; dit Yann");
		assertThat(listed.findValues("extraTimePercent")).extracting(n -> n.asInt()).contains(30);
		var again = this.member.api()
			.send("POST", "/api/sessions/" + session.id() + "/candidates/import", "text/csv",
					fixed.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(again.status()).as("the same people twice").isEqualTo(400);
		assertThat(candidatesOf(session.id())).isEqualTo(2);
	}

	@Test
	void aPersonNotEnrolledOrNotEligibleCannotJoin() {
		var session = session();
		enrol(session.id(), "Noé", "Petit", 0);
		var nobody = this.candidate.api()
			.post("/api/certification-courses", Map.of("sessionId", session.id(), "firstName", "Noé", "lastName",
					"Petit", "birthDate", "2011-01-01"));
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.body().get("code").asString()).isEqualTo("CANDIDATE_NOT_ENROLLED");
		var beginner = this.fixture.person("Noé", "Petit");
		var notEligible = beginner.api()
			.post("/api/certification-courses", Map.of("sessionId", session.id(), "firstName", "Noé", "lastName",
					"Petit", "birthDate", "2010-03-14"));
		assertThat(notEligible.status()).isEqualTo(409);
		assertThat(notEligible.body().get("code").asString()).isEqualTo("CANDIDATE_NOT_ELIGIBLE");
	}

	@Test
	void aSessionIsEditedAndDeletedWhileCreated() {
		var session = session();
		var edited = this.member.api()
			.send("PUT", "/api/sessions/" + session.id(), "application/json",
					"{\"address\":\"2 rue Neuve\",\"room\":\"C3\",\"date\":\"2026-12-11\",\"time\":\"14:30\",\"examiner\":\"Mme Roy\"}"
						.getBytes(StandardCharsets.UTF_8),
					Map.of());
		assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
		assertThat(edited.body().get("room").asString()).isEqualTo("C3");
		assertThat(edited.body().get("accessCode").asString()).as("the codes stay").isEqualTo(session.accessCode());
		assertThat(this.member.api().send("DELETE", "/api/sessions/" + session.id(), null, null, Map.of()).status())
			.isEqualTo(204);
		assertThat(this.member.api().get("/api/sessions/" + session.id()).status()).isEqualTo(404);
	}

	@Test
	void theInvigilatorsPageListsTheCandidatesAndAuthorisesThem() {
		var session = session();
		var candidateId = enrol(session.id(), "Noé", "Petit", 0);
		enrol(session.id(), "Zoé", "<script>x</script>", 0);
		this.candidate.api()
			.post("/api/certification-courses", Map.of("sessionId", session.id(), "firstName", "Noé", "lastName",
					"Petit", "birthDate", "2010-03-14"));
		var page = new org.acquis.support.PageClient(baseUrl());
		assertThat(page.get("/surveillance/" + session.id()).location()).as("not logged in for this session")
			.endsWith("/surveillance");
		page.get("/surveillance");
		var wrong = page.post("/surveillance", Map.of("session", String.valueOf(session.id()), "password", "NOPE"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("Numéro de session ou mot de passe surveillant incorrect");
		var login = page.post("/surveillance",
				Map.of("session", String.valueOf(session.id()), "password", session.password()));
		assertThat(login.location()).endsWith("/surveillance/" + session.id());
		var list = page.get("/surveillance/" + session.id());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body())
			.contains("Petit Noé", "En attente d&#39;autorisation", "Pas encore arrivé", "hx-trigger=\"every 5s\"")
			.doesNotContain("<script>x</script>");
		var authorized = page.post("/surveillance/" + session.id() + "/candidats/" + candidateId + "/autoriser",
				Map.of());
		assertThat(authorized.location()).endsWith("/surveillance/" + session.id());
		var rows = page.get("/surveillance/" + session.id() + "/candidats");
		assertThat(rows.body()).contains("Autorisé").doesNotContain("<html");
		var other = session();
		assertThat(page.get("/surveillance/" + other.id()).location()).as("its own session only")
			.endsWith("/surveillance");
		assertThat(page.get("/surveillance/" + other.id() + "/candidats").status()).isEqualTo(404);
	}

	// helpers

	record Session(long id, String accessCode, String password) {
	}

	record Started(long session, String candidateId, String course, String device, String assessment, String token,
			String accessCode) {
	}

	private Session session() {
		var created = this.fixture.session(this.member, this.center);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return new Session(created.body().get("id").asLong(), created.body().get("accessCode").asString(),
				created.body().get("invigilatorPassword").asString());
	}

	private String enrol(long session, String firstName, String lastName, int extraTime) {
		var body = new java.util.HashMap<>(candidateBody(firstName, lastName));
		body.put("extraTimePercent", extraTime);
		var enrolled = this.member.api().post("/api/sessions/" + session + "/candidates", body);
		assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
		return enrolled.body().get("candidateId").asString();
	}

	private static Map<String, Object> candidateBody(String firstName, String lastName) {
		return Map.of("firstName", firstName, "lastName", lastName, "birthDate", "2010-03-14");
	}

	/** A new session, the eligible learner enrolled, joined, authorised and started. */
	private Started startedCourse(int extraTime) {
		var session = session();
		var candidateId = enrol(session.id(), "Noé", "Petit", extraTime);
		var joined = this.candidate.api()
			.post("/api/certification-courses", Map.of("sessionId", session.id(), "firstName", "Noé", "lastName",
					"Petit", "birthDate", "2010-03-14"));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		var token = new ApiClient(baseUrl())
			.post("/api/sessions/" + session.id() + "/supervision", Map.of("invigilatorPassword", session.password()))
			.body()
			.get("access_token")
			.asString();
		var started = new Started(session.id(), candidateId, joined.body().get("courseId").asString(),
				joined.body().get("deviceKey").asString(), "", token, session.accessCode());
		assertThat(supervise(started, "authorize").status()).isEqualTo(204);
		var start = startAgain(started);
		assertThat(start.status()).as(start.raw()).isEqualTo(200);
		return new Started(started.session(), candidateId, started.course(), started.device(),
				start.body().get("assessmentId").asString(), token, session.accessCode());
	}

	private ApiClient.Response startAgain(Started started) {
		return this.candidate.api()
			.send("POST", "/api/certification-courses/" + started.course() + "/start", "application/json",
					("{\"accessCode\":\"" + started.accessCode() + "\"}").getBytes(),
					Map.of("Certification-Device", started.device()));
	}

	private ApiClient.Response supervised(Started started) {
		return new ApiClient(baseUrl()).send("GET", "/api/sessions/" + started.session() + "/supervision", null, null,
				Map.of("Authorization", "Invigilator " + started.token()));
	}

	private ApiClient.Response supervise(Started started, String action) {
		return new ApiClient(baseUrl()).send("POST",
				"/api/sessions/" + started.session() + "/candidates/" + started.candidateId() + "/" + action, null,
				null, Map.of("Authorization", "Invigilator " + started.token()));
	}

	private long candidatesOf(long session) {
		return this.jdbc.sql("SELECT count(*) FROM certification_candidate WHERE session_id = ?")
			.param(session)
			.query(Long.class)
			.single();
	}

}

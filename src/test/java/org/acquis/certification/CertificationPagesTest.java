package org.acquis.certification;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser side of a certification, without a browser: the centre's member creates a
 * session and enrols a candidate through {@code /certif}, the learner joins through
 * {@code /certification}, waits, is authorised by the invigilator, types the access code
 * and lands on the question page; another centre's member sees none of it.
 */
class CertificationPagesTest extends IntegrationTest {

	private static final Pattern COURSE = Pattern.compile("/certification/([0-9a-f-]{36})$");

	@Autowired
	RegisterUser registerUser;

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private CertificationFixture fixture;

	@BeforeEach
	void freshLoginWindow() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixture = new CertificationFixture(baseUrl(), this.registerUser, this.startAssessment, this.bank);
	}

	@Test
	void aCentreEnrolsACandidateWhoJoinsWaitsAndStartsThroughThePages() {
		var admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		var member = this.fixture.person("Claire", "Centre");
		var learner = this.fixture.person("Léa", "Martin");
		this.fixture.makeEligible(learner);
		var center = this.fixture.center(admin, member);

		var centre = pages(member);
		assertThat(centre.get("/certif").body()).contains("Lycée Condorcet").contains("/certif/centres/" + center);
		assertThat(centre.get("/certif/centres/" + center).status()).isEqualTo(200);
		var created = centre.post("/certif/centres/" + center + "/sessions", Map.of("address", "1 rue de la Paix",
				"room", "B12", "date", "2026-12-10", "time", "09:00", "examiner", "M. Durand", "description", ""));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var sessionPath = created.location().substring(created.location().indexOf("/certif/sessions/"));
		long session = Long.parseLong(sessionPath.substring("/certif/sessions/".length()));
		var page = centre.get(sessionPath).body();
		var accessCode = field(page, "access-code");
		var password = field(page, "invigilator-password");
		assertThat(accessCode).hasSize(8);
		var enrolled = centre.post(sessionPath + "/candidats",
				Map.of("firstName", "Lea", "lastName", "MARTIN", "birthDate", "2010-03-14", "extraTimePercent", "0"));
		assertThat(enrolled.status()).isEqualTo(302);
		assertThat(centre.get(sessionPath).body()).contains("MARTIN Lea").contains("14/03/2010");
		var refused = centre.post(sessionPath + "/candidats",
				Map.of("firstName", "", "lastName", "Durand", "birthDate", "2010-03-14", "extraTimePercent", "0"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("role=\"alert\"");

		var candidate = pages(learner);
		assertThat(candidate.get("/certification/rejoindre").status()).isEqualTo(200);
		var unknown = candidate.post("/certification/rejoindre", Map.of("session", String.valueOf(session), "firstName",
				"Léa", "lastName", "Dupont", "birthDate", "2010-03-14"));
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("Aucun candidat de cette session ne porte ce nom");
		var joined = candidate.post("/certification/rejoindre", Map.of("session", String.valueOf(session), "firstName",
				"Léa", "lastName", "Martin", "birthDate", "2010-03-14"));
		assertThat(joined.status()).isEqualTo(302);
		var matcher = COURSE.matcher(joined.location());
		assertThat(matcher.find()).as(joined.location()).isTrue();
		var coursePath = "/certification/" + matcher.group(1);
		var waiting = candidate.get(coursePath).body();
		assertThat(waiting).contains("hx-trigger=\"every 3s\"").doesNotContain("name=\"accessCode\"");
		assertThat(candidate.post(coursePath + "/code", Map.of("accessCode", accessCode)).body())
			.contains("pas encore autorisé");

		// a second browser of the same account is another device
		var elsewhere = pages(learner);
		elsewhere.get("/certification");
		assertThat(elsewhere
			.post("/certification/rejoindre", Map.of("session", String.valueOf(session), "firstName", "Léa", "lastName",
					"Martin", "birthDate", "2010-03-14"))
			.body()).contains("ouvert sur un autre appareil");

		authorize(session, password, member);
		var authorized = candidate.get(coursePath + "/etat").body();
		assertThat(authorized).contains("name=\"accessCode\"").doesNotContain("hx-trigger");
		candidate.get(coursePath);
		assertThat(candidate.post(coursePath + "/code", Map.of("accessCode", "WRONG123")).body())
			.contains("n&#39;est pas celui de la session");
		var started = candidate.post(coursePath + "/code", Map.of("accessCode", accessCode.toLowerCase()));
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		assertThat(started.location()).containsPattern("/evaluations/[0-9a-f-]{36}$");
		var question = started.location().substring(started.location().indexOf("/evaluations/"));
		assertThat(candidate.get(question).status()).isEqualTo(200);

		// the centre finalises: a started test that did not end needs a reason
		centre.get(sessionPath);
		assertThat(centre.post(sessionPath + "/finalisation", Map.of("examinerComment", "")).status()).isEqualTo(302);
		assertThat(centre.get(sessionPath).body()).contains("Indiquez pourquoi le test du candidat");
		var candidateId = member.api()
			.get("/api/sessions/" + session + "/candidates")
			.body()
			.get(0)
			.get("id")
			.asString();
		assertThat(centre.get(sessionPath).body()).contains("name=\"incident-" + candidateId + "\"",
				"value=\"CHALLENGE_ISSUE\"", "name=\"incidentQuestion-" + candidateId + "\"");
		var firstQuestion = learner.api()
			.get("/api/assessments/" + question.substring("/evaluations/".length()) + "/next-challenge")
			.body()
			.get("challengeId")
			.asString();
		// an incident names the question by its number, as the candidate saw it
		centre.post(sessionPath + "/finalisation", Map.of("reason-" + candidateId, "TECHNICAL",
				"incident-" + candidateId, "CHALLENGE_ISSUE", "incidentQuestion-" + candidateId, "99"));
		assertThat(centre.get(sessionPath).body()).contains("doit être compris entre 1 et");
		assertThat(centre.post(sessionPath + "/finalisation",
				Map.of("examinerComment", "Coupure réseau", "reason-" + candidateId, "TECHNICAL",
						"incident-" + candidateId, "CHALLENGE_ISSUE", "incidentQuestion-" + candidateId, "1",
						"incidentText-" + candidateId, "L'image ne s'affichait pas"))
			.status()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT i.category || ' ' || i.challenge_id || ' ' || i.description FROM certification_incident i
				JOIN certification_course c ON c.id = i.course_id WHERE c.candidate_id = ?""")
			.param(java.util.UUID.fromString(candidateId))
			.query(String.class)
			.list()).containsExactly("CHALLENGE_ISSUE " + firstQuestion + " L'image ne s'affichait pas");
		assertThat(member.api().get("/api/sessions/" + session).body().get("status").asString()).isEqualTo("FINALIZED");
		assertThat(centre.get(sessionPath).body()).doesNotContain("/finalisation");
	}

	@Test
	void anotherCentresMemberSeesNeitherTheCentreNorItsSessions() {
		var admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		var member = this.fixture.person("Claire", "Centre");
		var stranger = this.fixture.person("Paul", "Ailleurs");
		var center = this.fixture.center(admin, member);
		this.fixture.center(admin, stranger);
		long session = this.fixture.session(member, center).body().get("id").asLong();

		var other = pages(stranger);
		assertThat(other.get("/certif").body()).doesNotContain("/certif/centres/" + center);
		assertThat(other.get("/certif/centres/" + center).status()).isEqualTo(403);
		assertThat(other
			.post("/certif/centres/" + center + "/sessions", Map.of("address", "x", "room", "y", "date", "2026-12-10",
					"time", "09:00", "examiner", "z", "description", ""))
			.status()).isEqualTo(403);
		assertThat(other.get("/certif/sessions/" + session).status()).isEqualTo(404);
		assertThat(
				other
					.post("/certif/sessions/" + session + "/candidats",
							Map.of("firstName", "A", "lastName", "B", "birthDate", "2010-03-14", "extraTimePercent",
									"0"))
					.status())
			.isEqualTo(404);
		assertThat(other.post("/certif/sessions/" + session + "/finalisation", Map.of("examinerComment", "")).status())
			.isEqualTo(404);
		assertThat(member.api().get("/api/sessions/" + session).body().get("status").asString()).isEqualTo("CREATED");
		assertThat(member.api().get("/api/sessions/" + session + "/candidates").body().size()).isZero();
	}

	private PageClient pages(CertificationFixture.Person person) {
		var client = new PageClient(baseUrl());
		assertThat(client.login(person.email(), CertificationFixture.PASSWORD).status()).isEqualTo(302);
		return client;
	}

	private static String field(String page, String name) {
		var matcher = Pattern.compile("data-test=\"" + name + "\">([A-Z0-9]+)<").matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1);
	}

	private void authorize(long session, String password, CertificationFixture.Person member) {
		var login = new ApiClient(baseUrl()).post("/api/sessions/" + session + "/supervision",
				Map.of("invigilatorPassword", password));
		assertThat(login.status()).as(login.raw()).isEqualTo(200);
		var token = login.body().get("access_token").asString();
		var candidateId = member.api()
			.get("/api/sessions/" + session + "/candidates")
			.body()
			.get(0)
			.get("id")
			.asString();
		var authorized = new ApiClient(baseUrl()).send("POST",
				"/api/sessions/" + session + "/candidates/" + candidateId + "/authorize", null, null,
				Map.of("Authorization", "Invigilator " + token));
		assertThat(authorized.status()).isEqualTo(204);
	}

}

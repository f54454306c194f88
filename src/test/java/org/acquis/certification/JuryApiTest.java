package org.acquis.certification;

import java.time.Duration;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jury's whole API on a real session: one candidate took the test, one stayed away.
 * Refusals change nothing; publication is once, e-mails the candidate and the centre's
 * referent; the jury's decision keeps the scorer's result.
 */
class JuryApiTest extends IntegrationTest {

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
	void theJuryAssignsCommentsDecidesAndPublishesOnce() {
		var admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		var referent = this.fixture.person("Claire", "Centre");
		var jury = this.fixture.person("Jules", "Jury", Role.CERTIFICATION);
		var other = this.fixture.person("Judith", "Jury", Role.CERTIFICATION);
		var candidate = this.fixture.person("Léa", "Martin");
		this.fixture.makeEligible(candidate);
		long session = takenSession(admin, referent, candidate);
		this.jdbc.sql("UPDATE identity_user SET locale = 'en' WHERE id = ?").param(referent.id()).update();

		// not finalised yet: not the jury's, refused, nothing changed
		var early = jury.api().post("/api/admin/sessions/" + session + "/publication", Map.of());
		assertThat(early.status()).as(early.raw()).isEqualTo(409);
		assertThat(early.body().get("code").asString()).isEqualTo("SESSION_NOT_FINALIZED");
		assertThat(early.body().get("detail").asString()).contains("finalisée");
		assertThat(jury.api().post("/api/admin/sessions/" + session + "/assignment", Map.of()).status()).isEqualTo(409);
		assertThat(column(session, "status")).isEqualTo("CREATED");
		assertThat(column(session, "published_at")).isNull();
		assertThat(column(session, "jury_assignee")).isNull();
		assertThat(listed(jury, null, session)).as("a CREATED session is not listed").isNull();

		assertThat(referent.api()
			.post("/api/sessions/" + session + "/finalization", Map.of("examinerComment", "RAS"))
			.status()).isEqualTo(200);
		var row = listed(jury, "FINALIZED", session);
		assertThat(row).as("listed once finalised").isNotNull();
		assertThat(row.get("candidates").asInt()).isEqualTo(2);
		assertThat(row.get("results").asInt()).isEqualTo(1);
		assertThat(row.get("requiredActions").asInt()).isZero();
		assertThat(row.get("assignee").isNull()).isTrue();
		assertThat(row.get("published").asBoolean()).isFalse();
		assertThat(row.get("centerName").asString()).isEqualTo("Lycée Condorcet");
		assertThat(jury.api().get("/api/admin/sessions?status=BOGUS").body().get("code").asString())
			.isEqualTo("SESSION_STATUS_INVALID");

		// wrong roles
		assertThat(candidate.api().get("/api/admin/sessions").status()).isEqualTo(403);
		assertThat(referent.api().post("/api/admin/sessions/" + session + "/publication", Map.of()).status())
			.isEqualTo(403);
		assertThat(referent.api().post("/api/admin/sessions/" + session + "/assignment", Map.of()).status())
			.isEqualTo(403);

		// assignment: idempotent, another member may take it over
		var assigned = jury.api().post("/api/admin/sessions/" + session + "/assignment", Map.of());
		assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
		assertThat(assigned.body().get("status").asString()).isEqualTo("IN_PROCESS");
		assertThat(assigned.body().get("assignee").get("id").asString()).isEqualTo(jury.id().toString());
		this.clock.advance(Duration.ofSeconds(5));
		var again = jury.api().post("/api/admin/sessions/" + session + "/assignment", Map.of());
		assertThat(again.body().get("assignedAt").asString()).isEqualTo(assigned.body().get("assignedAt").asString());
		var taken = other.api().post("/api/admin/sessions/" + session + "/assignment", Map.of());
		assertThat(taken.body().get("assignee").get("id").asString()).isEqualTo(other.id().toString());
		assertThat(listed(jury, "IN_PROCESS", session)).isNotNull();
		assertThat(listed(jury, "FINALIZED", session)).isNull();

		// the jury's comment
		var commented = put(other, "/api/admin/sessions/" + session + "/jury-comment",
				"{\"comment\":\"Vu avec le centre\"}");
		assertThat(commented.status()).as(commented.raw()).isEqualTo(200);
		assertThat(commented.body().get("juryComment").asString()).isEqualTo("Vu avec le centre");
		assertThat(commented.body().get("examinerComment").asString()).isEqualTo("RAS");
		var tooLong = put(other, "/api/admin/sessions/" + session + "/jury-comment",
				"{\"comment\":\"" + "x".repeat(2001) + "\"}");
		assertThat(tooLong.body().get("code").asString()).isEqualTo("JURY_COMMENT_TOO_LONG");
		assertThat(column(session, "jury_comment")).isEqualTo("Vu avec le centre");

		// an error sent to the jury blocks the publication until it is decided
		var course = this.jdbc.sql("SELECT id::text FROM certification_course WHERE session_id = ?")
			.param(session)
			.query(String.class)
			.single();
		this.jdbc
			.sql("UPDATE certification_result SET jury_errors = '[\"ZERO_PIX_WITH_RATE_ABOVE_50\"]'::jsonb "
					+ "WHERE course_id = ?::uuid")
			.param(course)
			.update();
		int pix = this.jdbc.sql("SELECT pix_score FROM certification_result WHERE course_id = ?::uuid")
			.param(course)
			.query(Integer.class)
			.single();
		assertThat(listed(jury, null, session).get("requiredActions").asInt()).isEqualTo(1);
		var blocked = jury.api().post("/api/admin/sessions/" + session + "/publication", Map.of());
		assertThat(blocked.status()).as(blocked.raw()).isEqualTo(409);
		assertThat(blocked.body().get("code").asString()).isEqualTo("JURY_ERRORS_UNRESOLVED");
		assertThat(column(session, "status")).isEqualTo("IN_PROCESS");
		assertThat(column(session, "published_at")).isNull();
		assertThat(publishedEvents(session)).isZero();

		// decisions: refused without reason; cancel keeps the scorer's result; withdrawn
		var decision = "/api/admin/certifications/" + course + "/jury-decision";
		assertThat(put(jury, decision, "{\"decision\":\"CANCELLED\"}").body().get("code").asString())
			.isEqualTo("JURY_DECISION_COMMENT_REQUIRED");
		assertThat(put(jury, decision, "{\"decision\":\"MAYBE\",\"comment\":\"x\"}").body().get("code").asString())
			.isEqualTo("JURY_DECISION_INVALID");
		assertThat(put(jury, "/api/admin/certifications/00000000-0000-0000-0000-000000000000/jury-decision",
				"{\"decision\":\"CANCELLED\",\"comment\":\"x\"}")
			.status()).isEqualTo(404);
		assertThat(put(referent, decision, "{\"decision\":\"CANCELLED\",\"comment\":\"x\"}").status()).isEqualTo(403);
		var cancelled = put(jury, decision, "{\"decision\":\"CANCELLED\",\"comment\":\"Fraude constatée\"}");
		assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
		var result = candidateOf(cancelled.body(), "Martin");
		assertThat(result.get("result").get("status").asString()).isEqualTo("CANCELLED");
		assertThat(result.get("result").get("pixScore").asInt()).isZero();
		assertThat(result.get("juryDecision").get("decision").asString()).isEqualTo("CANCELLED");
		assertThat(result.get("juryDecision").get("comment").asString()).isEqualTo("Fraude constatée");
		assertThat(result.get("juryDecision").get("decidedBy").get("id").asString()).isEqualTo(jury.id().toString());
		assertThat(result.get("juryDecision").get("scoredStatus").asString()).isEqualTo("VALIDATED");
		assertThat(result.get("juryDecision").get("scoredPixScore").asInt()).isEqualTo(pix);
		assertThat(result.get("requiredAction").asBoolean()).isFalse();
		assertThat(result.get("result").get("juryErrors").get(0).asString()).isEqualTo("ZERO_PIX_WITH_RATE_ABOVE_50");
		var pages = new PageClient(baseUrl());
		assertThat(pages.login(jury.email(), CertificationFixture.PASSWORD).status()).isEqualTo(302);
		var page = pages.get("/admin/jury/sessions/" + session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Certification annulée")
			.contains("Fraude constatée")
			.contains("par Jules Jury")
			.contains("résultat calculé : Certification validée, " + pix + " pix")
			.doesNotContain("jury-required");
		var restored = delete(jury, decision);
		assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
		var back = candidateOf(restored.body(), "Martin");
		assertThat(back.get("result").get("status").asString()).isEqualTo("VALIDATED");
		assertThat(back.get("result").get("pixScore").asInt()).isEqualTo(pix);
		assertThat(back.get("juryDecision").isNull()).isTrue();
		assertThat(back.get("requiredAction").asBoolean()).isTrue();
		// the same on the pages: a refusal shown, a decision by the form
		assertThat(pages.post("/admin/jury/sessions/" + session + "/publication", Map.of()).status()).isEqualTo(302);
		assertThat(pages.get("/admin/jury/sessions/" + session).body()).contains("jury-required")
			.contains("Action requise")
			.contains("0 pix avec un taux de reproductibilité supérieur à 50 %.")
			.contains("demandent une décision du jury");
		assertThat(column(session, "published_at")).isNull();
		assertThat(pages
			.post("/admin/jury/sessions/" + session + "/certifications/" + course + "/decision",
					Map.of("decision", "REJECTED", "comment", "Triche"))
			.status()).isEqualTo(302);
		assertThat(pages.get("/admin/jury/sessions/" + session).body()).contains("Certification rejetée")
			.contains("La décision est enregistrée.");
		assertThat(pages.get("/admin/jury?statut=IN_PROCESS").body()).contains("data-session=\"" + session + "\"");
		var referentPages = new PageClient(baseUrl());
		referentPages.login(referent.email(), CertificationFixture.PASSWORD);
		assertThat(referentPages.get("/admin/jury").status()).isEqualTo(403);
		assertThat(referentPages.get("/admin/jury/sessions/" + session).status()).isEqualTo(403);
		var recancelled = put(jury, decision, "{\"decision\":\"CANCELLED\",\"comment\":\"Fraude constatée\"}");
		assertThat(candidateOf(recancelled.body(), "Martin").get("juryDecision").get("scoredPixScore").asInt())
			.as("a second decision keeps the scorer's result, not the first decision's")
			.isEqualTo(pix);

		// publication: PROCESSED, the event, the e-mails; twice is once
		var published = jury.api().post("/api/admin/sessions/" + session + "/publication", Map.of());
		assertThat(published.status()).as(published.raw()).isEqualTo(200);
		assertThat(published.body().get("status").asString()).isEqualTo("PROCESSED");
		assertThat(published.body().get("published").asBoolean()).isTrue();
		var publishedAt = published.body().get("publishedAt").asString();
		assertThat(column(session, "status")).isEqualTo("PROCESSED");
		assertThat(publishedEvents(session)).isEqualTo(1);
		var mails = this.mailbox.await(candidate.email(), 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Vos résultats de certification sont disponibles");
		assertThat(mails.get(0).body()).contains("/mes-certifications").contains("Léa");
		var summary = this.mailbox.await(referent.email(), 1);
		assertThat(summary).hasSize(1);
		assertThat(summary.get(0).subject()).as("in the referent's language")
			.isEqualTo("Acquis: the results of session " + session + " are published");
		assertThat(summary.get(0).body()).contains("1 result(s) for 2 enrolled candidate(s)");
		this.clock.advance(Duration.ofSeconds(5));
		var twice = jury.api().post("/api/admin/sessions/" + session + "/publication", Map.of());
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.body().get("publishedAt").asString()).isEqualTo(publishedAt);
		assertThat(publishedEvents(session)).as("published once").isEqualTo(1);
		assertThat(put(jury, decision, "{\"decision\":\"CONFIRMED\",\"comment\":\"x\"}").body().get("code").asString())
			.isEqualTo("SESSION_PUBLISHED");
		assertThat(delete(other, "/api/admin/sessions/" + session + "/publication").status()).isEqualTo(200);
		assertThat(column(session, "status")).isEqualTo("IN_PROCESS");
		assertThat(column(session, "published_at")).isNull();
		var unpublishedTwice = delete(other, "/api/admin/sessions/" + session + "/publication");
		assertThat(unpublishedTwice.status()).isEqualTo(200);
		assertThat(unpublishedTwice.body().get("status").asString()).isEqualTo("IN_PROCESS");
		assertThat(delete(referent, "/api/admin/sessions/" + session + "/publication").status()).isEqualTo(403);
	}

	/**
	 * A session of a new centre: this candidate took the whole test, another never came.
	 */
	private long takenSession(CertificationFixture.Person admin, CertificationFixture.Person referent,
			CertificationFixture.Person candidate) {
		var center = this.fixture.center(admin, referent);
		var created = this.fixture.session(referent, center).body();
		long session = created.get("id").asLong();
		var enrolled = referent.api()
			.post("/api/sessions/" + session + "/candidates",
					Map.of("firstName", "Léa", "lastName", "Martin", "birthDate", "2010-03-14"));
		assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
		assertThat(referent.api()
			.post("/api/sessions/" + session + "/candidates",
					Map.of("firstName", "Hugo", "lastName", "Absent", "birthDate", "2010-05-01"))
			.status()).isEqualTo(201);
		var joined = candidate.api()
			.post("/api/certification-courses",
					Map.of("sessionId", session, "firstName", "Léa", "lastName", "Martin", "birthDate", "2010-03-14"));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		var token = new ApiClient(baseUrl())
			.post("/api/sessions/" + session + "/supervision",
					Map.of("invigilatorPassword", created.get("invigilatorPassword").asString()))
			.body()
			.get("access_token")
			.asString();
		assertThat(new ApiClient(baseUrl())
			.send("POST",
					"/api/sessions/" + session + "/candidates/" + enrolled.body().get("candidateId").asString()
							+ "/authorize",
					null, null, Map.of("Authorization", "Invigilator " + token))
			.status()).isEqualTo(204);
		var started = candidate.api()
			.send("POST", "/api/certification-courses/" + joined.body().get("courseId").asString() + "/start",
					"application/json",
					("{\"accessCode\":\"" + created.get("accessCode").asString() + "\"}").getBytes(),
					Map.of("Certification-Device", joined.body().get("deviceKey").asString()));
		assertThat(started.status()).as(started.raw()).isEqualTo(200);
		this.fixture.answerAll(candidate.api(), started.body().get("assessmentId").asString(), Integer.MAX_VALUE);
		return session;
	}

	private JsonNode listed(CertificationFixture.Person jury, String status, long session) {
		var list = jury.api().get("/api/admin/sessions" + (status == null ? "" : "?status=" + status));
		assertThat(list.status()).as(list.raw()).isEqualTo(200);
		for (var row : list.body()) {
			if (row.get("id").asLong() == session) {
				return row;
			}
		}
		return null;
	}

	private static JsonNode candidateOf(JsonNode review, String lastName) {
		for (var candidate : review.get("candidates")) {
			if (candidate.get("lastName").asString().equals(lastName)) {
				return candidate;
			}
		}
		throw new AssertionError(lastName + " not in " + review);
	}

	private Object column(long session, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM certification_session WHERE id = ?")
			.param(session)
			.query((rs, row) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

	/** The publications recorded for the e-mails' listener (one per event published). */
	private int publishedEvents(long session) {
		return this.jdbc.sql("""
				SELECT count(*) FROM event_publication WHERE event_type LIKE '%CertificationSessionPublished'
				AND serialized_event LIKE ?""").param("%\"sessionId\":" + session + ",%").query(Integer.class).single();
	}

	private static ApiClient.Response put(CertificationFixture.Person person, String path, String json) {
		return person.api().send("PUT", path, "application/json", json.getBytes(), Map.of());
	}

	private static ApiClient.Response delete(CertificationFixture.Person person, String path) {
		return person.api().send("DELETE", path, null, null, Map.of());
	}

}

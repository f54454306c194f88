package org.acquis.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign from both sides, through the API: a teacher creates it, a pupil joins with
 * the code and is matched to the school's list, takes the assessment, shares; the teacher
 * sees the participant, the analysis and the CSV.
 */
class CampaignApiTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	private CampaignFixtures f;

	@BeforeEach
	void school() {
		this.clock.advance(Duration.ofMinutes(1));
		this.f = new CampaignFixtures(baseUrl(), this.registerUser, this.bank);
	}

	@Test
	void aPupilJoinsIsMatchedTakesTheTestAndSharesAndTheTeacherSeesIt() throws InterruptedException {
		this.f.pupil("Zoé", "Dupré", "2013-04-03", "6A");
		var created = this.f.campaign(Map.of("landingText", "Bienvenue"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var code = created.body().get("code").asString();
		var campaign = created.body().get("id").asString();
		assertThat(code).matches("[A-HJKMNP-Z]{6}[2-9]{3}");

		var landing = new ApiClient(baseUrl()).get("/api/campaigns/code/" + code.toLowerCase());
		assertThat(landing.status()).as("public, whatever the case").isEqualTo(200);
		assertThat(landing.body().get("reconciliationRequired").asBoolean()).isTrue();
		assertThat(landing.body().get("landingText").asString()).isEqualTo("Bienvenue");

		var pupil = this.f.organizations.user("Zoe").api();
		var join = "/api/campaigns/code/" + code + "/participations";
		assertThat(pupil.post(join, Map.of()).body().get("code").asString()).isEqualTo("RECONCILIATION_REQUIRED");
		var wrongDate = pupil.post(join,
				Map.of("learner", Map.of("firstName", "Zoé", "lastName", "Dupré", "birthDate", "2013-04-04")));
		assertThat(wrongDate.status()).isEqualTo(400);
		assertThat(wrongDate.body().get("code").asString()).isEqualTo("RECONCILIATION_NO_MATCH");

		var identity = Map.of("learner", Map.of("firstName", "zoe", "lastName", "DUPREE", "birthDate", "2013-04-03"));
		var joined = pupil.post(join, identity);
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		var participation = joined.body().get("participationId").asString();
		var assessment = joined.body().get("assessmentId").asString();
		var again = pupil.post(join, identity);
		assertThat(again.body().get("participationId").asString()).as("resumed, not doubled").isEqualTo(participation);
		assertThat(again.body().get("assessmentId").asString()).isEqualTo(assessment);
		assertThat(pupil.post("/api/participations/" + participation + "/share", "{}").status()).isEqualTo(409);

		var teacher = this.f.teacher.api();
		var started = teacher.get("/api/campaigns/" + campaign + "/participants").body().get("items").get(0);
		assertThat(started.get("status").asString()).isEqualTo("STARTED");
		assertThat(started.get("lastName").asString()).as("the school's record").isEqualTo("Dupré");
		assertThat(started.get("division").asString()).isEqualTo("6A");

		assertThat(this.f.answerAll(pupil, assessment, true)).isPositive();
		// the participation learns that its assessment is over from an event, after the
		// answer's commit
		var finished = teacher.get("/api/campaigns/" + campaign + "/participants").body().get("items").get(0);
		for (int i = 0; i < 200 && finished.get("status").asString().equals("STARTED"); i++) {
			Thread.sleep(50);
			finished = teacher.get("/api/campaigns/" + campaign + "/participants").body().get("items").get(0);
		}
		assertThat(finished.get("status").asString()).isEqualTo("TO_SHARE");
		assertThat(finished.get("masteryRate").isNull()).as("nothing shared yet").isTrue();

		var shared = pupil.post("/api/participations/" + participation + "/share", "{}");
		assertThat(shared.status()).as(shared.raw()).isEqualTo(200);
		assertThat(shared.body().get("masteryRate").asDouble()).isEqualTo(1.0);
		var twice = pupil.post("/api/participations/" + participation + "/share", "{}");
		assertThat(twice.body().get("sharedAt").asString()).isEqualTo(shared.body().get("sharedAt").asString());

		var row = teacher.get("/api/campaigns/" + campaign + "/participants").body().get("items").get(0);
		assertThat(row.get("status").asString()).isEqualTo("SHARED");
		assertThat(row.get("stage").asInt()).as("stage 2 of 0, 50, 100 %").isEqualTo(2);
		var analysis = teacher.get("/api/campaigns/" + campaign + "/analysis").body();
		assertThat(analysis.get("sharedParticipations").asInt()).isEqualTo(1);
		assertThat(analysis.get("competences").findValuesAsString("key")).containsExactly("1.1", "4.2");
		assertThat(analysis.get("stages").get(2).get("participants").asInt()).isEqualTo(1);
		assertThat(analysis.get("recommendedTubes").size()).as("everything mastered").isZero();
		assertThat(teacher.get("/api/campaigns/" + campaign + "/analysis?division=6B")
			.body()
			.get("sharedParticipations")
			.asInt()).as("another class").isZero();
	}

	@Test
	void sharedResultsAreASnapshotThatLaterTestsDoNotChange() {
		this.f.pupil("Léo", "Martin", "2013-01-02", "6B");
		var campaign = this.f.campaign(Map.of());
		var code = campaign.body().get("code").asString();
		var pupil = this.f.organizations.user("Leo").api();
		var joined = pupil.post("/api/campaigns/code/" + code + "/participations",
				Map.of("learner", Map.of("firstName", "Léo", "lastName", "Martin", "birthDate", "2013-01-02")));
		this.f.answerAll(pupil, joined.body().get("assessmentId").asString(), true);
		var participation = joined.body().get("participationId").asString();
		pupil.post("/api/participations/" + participation + "/share", "{}");
		var path = "/api/campaigns/" + campaign.body().get("id").asString() + "/participants/" + participation;
		var before = this.f.teacher.api().get(path);
		assertThat(before.status()).as(before.raw()).isEqualTo(200);

		this.clock.advance(Duration.ofDays(8));
		assertThat(pupil.post("/api/me/competences/1.1/reset", "{}").status()).isEqualTo(200);

		var after = this.f.teacher.api().get(path);
		assertThat(after.body()).as("what was sent stays as sent").isEqualTo(before.body());
		assertThat(after.body().get("overall").get("validated").asInt())
			.isEqualTo(after.body().get("overall").get("total").asInt());
	}

	@Test
	void theCsvIsSemicolonSeparatedWithABomAndNeutralisesFormulas() throws Exception {
		this.f.pupil("@SUM(A1)", "=1+2", "2012-05-06", "-6C");
		var campaign = this.f.campaign(Map.of("externalIdLabel", "Numéro"));
		var code = campaign.body().get("code").asString();
		var pupil = this.f.organizations.user("Hostile").api();
		var joined = pupil.post("/api/campaigns/code/" + code + "/participations", Map.of("externalId", "+33 6",
				"learner", Map.of("firstName", "@SUM(A1)", "lastName", "=1+2", "birthDate", "2012-05-06")));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		this.f.answerAll(pupil, joined.body().get("assessmentId").asString(), false);
		pupil.post("/api/participations/" + joined.body().get("participationId").asString() + "/share", "{}");

		var export = this.f.teacher.api().get("/api/campaigns/" + campaign.body().get("id").asString() + "/export.csv");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("text/csv");
		var bytes = export.raw().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes[0] & 0xFF).as("UTF-8 BOM").isEqualTo(0xEF);
		var lines = export.raw().substring(1).split("\r\n");
		assertThat(lines[0]).startsWith("Nom;Prénom;Classe;Numéro;Statut;");
		assertThat(lines[1]).startsWith("'=1+2;'@SUM(A1);'-6C;'+33 6;Résultats envoyés;");
		assertThat(lines[1].split(";", -1)).hasSize(lines[0].split(";", -1).length);
	}

	@Test
	void aCampaignNobodyJoinedCanBeDeletedAndAnArchivedOneCannotBeJoined() {
		var first = this.f.campaign(Map.of()).body();
		var teacher = this.f.teacher.api();
		var deleted = teacher.send("DELETE", "/api/campaigns/" + first.get("id").asString(), null, null, Map.of());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(teacher.get("/api/campaigns/" + first.get("id").asString()).status()).isEqualTo(404);

		this.f.pupil("Inès", "Roux", "2013-06-07", "6A");
		var second = this.f.campaign(Map.of()).body();
		var pupil = this.f.organizations.user("Ines").api();
		var identity = Map.of("learner", Map.of("firstName", "Ines", "lastName", "Roux", "birthDate", "2013-06-07"));
		pupil.post("/api/campaigns/code/" + second.get("code").asString() + "/participations", identity);
		var refused = teacher.send("DELETE", "/api/campaigns/" + second.get("id").asString(), null, null, Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(teacher.post("/api/campaigns/" + second.get("id").asString() + "/archive", "{}").status())
			.isEqualTo(200);
		var late = this.f.organizations.user("Late").api();
		var joinedLate = late.post("/api/campaigns/code/" + second.get("code").asString() + "/participations",
				identity);
		assertThat(joinedLate.status()).isEqualTo(409);
		assertThat(joinedLate.body().get("code").asString()).isEqualTo("CAMPAIGN_ARCHIVED");
	}

}

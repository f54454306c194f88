package org.acquis.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Badges of a target profile (made by the back office, earned when shared, shown to the
 * pupil and the teacher, in the CSV) and profiles collections (the pupil sends their
 * 16-competence profile; the teacher sees levels, pix and certifiability, and a CSV with
 * columns per competence).
 */
class ProfilesAndBadgesTest extends IntegrationTest {

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
	void theBackOfficeAddsBadgesThatASharedParticipationEarns() {
		var admin = this.f.organizations.platformAdmin();
		var badges = "/api/admin/target-profiles/" + this.f.profile + "/badges";
		var searchTube = this.bank.tubes("crcn", "1.1").get(0).name();
		var all = admin.post(badges, Map.of("key", "TOUT", "title", "Tout juste", "message", "Bravo", "criteria",
				List.of(Map.of("threshold", 100))));
		assertThat(all.status()).as(all.raw()).isEqualTo(201);
		assertThat(
				admin
					.post(badges,
							Map.of("key", "RECHERCHE", "title", "Chercheur", "criteria", List
								.of(Map.of("threshold", 50, "tubes", List.of(searchTube)), Map.of("threshold", 25))))
					.status())
			.isEqualTo(201);
		assertThat(admin
			.post(badges, Map.of("key", "TOUT", "title", "Encore", "criteria", List.of(Map.of("threshold", 1))))
			.body()
			.get("code")
			.asString()).isEqualTo("BADGE_KEY_TAKEN");
		var elsewhere = admin.post(badges, Map.of("key", "X", "title", "X", "criteria",
				List.of(Map.of("threshold", 1, "tubes", List.of("@nulle")))));
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.body().get("code").asString()).isEqualTo("BADGE_TUBE_NOT_IN_PROFILE");
		assertThat(admin.post(badges, Map.of("key", "Y", "title", "Y", "criteria", List.of()))
			.body()
			.get("code")
			.asString()).isEqualTo("BADGE_CRITERIA_INVALID");
		assertThat(admin.post(badges, Map.of("key", "Z", "title", "Z", "criteria", List.of(Map.of("threshold", 101))))
			.status()).isEqualTo(400);
		assertThat(this.f.teacher.api()
			.post(badges, Map.of("key", "T", "title", "T", "criteria", List.of(Map.of("threshold", 1))))
			.status()).as("not the back office").isEqualTo(403);
		assertThat(admin
			.post("/api/admin/target-profiles/00000000-0000-0000-0000-000000000000/badges",
					Map.of("key", "T", "title", "T", "criteria", List.of(Map.of("threshold", 1))))
			.status()).isEqualTo(404);

		this.f.pupil("Zoé", "Dupré", "2013-04-03", "6A");
		this.f.pupil("Noé", "Lefèvre", "2012-11-12", "6B");
		var created = this.f.campaign(Map.of()).body();
		var campaign = created.get("id").asString();
		var right = join(created.get("code").asString(), "Zoé", "Dupré", "2013-04-03");
		this.f.answerAll(right.api, right.assessment, true);
		var pupilPage = new PageClient(baseUrl());
		pupilPage.login(right.email, PASSWORD);
		assertThat(pupilPage.get("/campagnes/" + created.get("code").asString() + "/resultats").body())
			.as("what sharing would earn")
			.contains("Badges obtenus", "Tout juste", "Chercheur");
		assertThat(right.api.post("/api/participations/" + right.participation + "/share", "{}").status())
			.isEqualTo(200);
		var wrong = join(created.get("code").asString(), "Noé", "Lefèvre", "2012-11-12");
		this.f.answerAll(wrong.api, wrong.assessment, false);
		wrong.api.post("/api/participations/" + wrong.participation + "/share", "{}");

		var teacher = this.f.teacher.api();
		var earned = teacher.get("/api/campaigns/" + campaign + "/participants/" + right.participation).body();
		assertThat(keys(earned.get("badges"))).containsExactly("TOUT", "RECHERCHE");
		assertThat(
				teacher.get("/api/campaigns/" + campaign + "/participants/" + wrong.participation).body().get("badges"))
			.isEmpty();
		assertThat(pupilPage.get("/campagnes/" + created.get("code").asString() + "/resultats").body())
			.contains("Tout juste", "Bravo", "Chercheur");
		var lines = teacher.get("/api/campaigns/" + campaign + "/export.csv").raw().substring(1).split("\r\n");
		assertThat(lines[0]).contains(";Palier;Badges;Maîtrise globale (%);");
		assertThat(lines[1]).startsWith("Dupré;Zoé;6A;Résultats envoyés;").contains(";Tout juste, Chercheur;100;");
		assertThat(lines[2]).startsWith("Lefèvre;Noé;6B;Résultats envoyés;").contains(";;0;");

		admin.post(badges, Map.of("key", "LATER", "title", "Plus tard", "criteria", List.of(Map.of("threshold", 0))));
		assertThat(keys(teacher.get("/api/campaigns/" + campaign + "/participants/" + right.participation)
			.body()
			.get("badges"))).as("kept as sent").containsExactly("TOUT", "RECHERCHE");
	}

	@Test
	void aProfilesCollectionSendsTheProfileAsItStood() {
		this.f.pupil("Zoé", "Dupré", "2013-04-03", "6A");
		var assessment = this.f.campaign(Map.of()).body();
		var pupil = join(assessment.get("code").asString(), "Zoé", "Dupré", "2013-04-03");
		this.f.answerAll(pupil.api, pupil.assessment, true);
		var profile = pupil.api.get("/api/me/profile").body();
		int pix = profile.get("totalPix").asInt();
		assertThat(pix).as("the campaign's answers count in the profile").isPositive();

		var created = this.f.campaign(Map.of("name", "Collecte", "type", "PROFILES_COLLECTION"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var campaign = created.body().get("id").asString();
		var code = created.body().get("code").asString();
		var joined = pupil.api.post("/api/campaigns/code/" + code + "/participations",
				Map.of("learner", Map.of("firstName", "Zoé", "lastName", "Dupré", "birthDate", "2013-04-03")));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		assertThat(joined.body().get("assessmentId").isNull()).as("no test").isTrue();
		var participation = joined.body().get("participationId").asString();
		var page = new PageClient(baseUrl());
		page.login(pupil.email, PASSWORD);
		assertThat(page.get("/campagnes/" + code + "/resultats").body()).contains("Total : " + pix + " pix",
				"Envoyer mes résultats", "data-competence=\"5.2\"");
		assertThat(pupil.api.post("/api/participations/" + participation + "/share", "{}").status()).isEqualTo(200);

		var teacher = this.f.teacher.api();
		var sent = teacher.get("/api/campaigns/" + campaign + "/participants/" + participation).body();
		assertThat(sent.get("profile").get("pixScore").asInt()).isEqualTo(pix);
		assertThat(sent.get("profile").get("certifiable").asBoolean()).isFalse();
		assertThat(sent.get("profile").get("competences")).hasSize(16);
		var listed = teacher.get("/api/campaigns/" + campaign + "/participants").body().get("items").get(0);
		assertThat(listed.get("pixScore").asInt()).isEqualTo(pix);
		assertThat(listed.get("masteryRate").isNull()).as("no target profile, no mastery").isTrue();
		var browser = new PageClient(baseUrl());
		browser.login(this.f.teacher.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		assertThat(browser.get("/orga/" + this.f.school + "/campagnes/" + campaign + "/participants/" + participation)
			.body()).contains("Total : " + pix + " pix", "Certifiable : non", "data-competence=\"1.1\"");

		var lines = teacher.get("/api/campaigns/" + campaign + "/export.csv").raw().substring(1).split("\r\n");
		assertThat(lines[0])
			.startsWith("Nom;Prénom;Classe;Statut;Date d’envoi;Total pix;Certifiable;Niveau 1.1;Pix 1.1;")
			.endsWith(";Niveau 5.2;Pix 5.2");
		assertThat(lines[0].split(";")).hasSize(7 + 32);
		assertThat(lines[1]).startsWith("Dupré;Zoé;6A;Résultats envoyés;").contains(";" + pix + ";Non;");
		assertThat(lines[1].split(";", -1)).hasSize(7 + 32);
	}

	private static List<String> keys(tools.jackson.databind.JsonNode badges) {
		var keys = new java.util.ArrayList<String>();
		badges.forEach(b -> keys.add(b.get("key").asString()));
		return keys;
	}

	private record Joined(ApiClient api, String email, String participation, String assessment) {
	}

	private Joined join(String code, String firstName, String lastName, String birthDate) {
		var user = this.f.organizations.user(firstName.replace("é", "e"));
		var joined = user.api()
			.post("/api/campaigns/code/" + code + "/participations",
					Map.of("learner", Map.of("firstName", firstName, "lastName", lastName, "birthDate", birthDate)));
		assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
		return new Joined(user.api(), user.email(), joined.body().get("participationId").asString(),
				joined.body().get("assessmentId").asString());
	}

}

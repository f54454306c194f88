package org.acquis.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures;
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
 * A campaign's texts changed after creation (its owner and the school's admins only), and
 * the school's learners with their participations (API and page).
 */
class CampaignTextsAndLearnersTest extends IntegrationTest {

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
	void theOwnerAndTheAdminsChangeTheTextsOtherMembersCannot() {
		var owner = this.f.organizations.user("Olivier");
		this.f.organizations.addMember(this.f.school, owner, "MEMBER");
		var colleague = this.f.organizations.user("Coline");
		this.f.organizations.addMember(this.f.school, colleague, "MEMBER");
		var created = owner.api()
			.post("/api/organizations/" + this.f.school + "/campaigns", Map.of("name", "Rentrée", "type", "ASSESSMENT",
					"targetProfileId", this.f.profile, "landingText", "Bonjour", "externalIdLabel", "Numéro"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var campaign = "/api/campaigns/" + created.body().get("id").asString();

		var edited = patch(owner.api(), campaign,
				"{\"name\":\"Rentrée 6e\",\"title\":\"Bienvenue en 6e\",\"endText\":\"Merci !\"}");
		assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
		assertThat(edited.body().get("name").asString()).isEqualTo("Rentrée 6e");
		assertThat(edited.body().get("landingText").asString()).as("left out: unchanged").isEqualTo("Bonjour");
		var landing = new ApiClient(baseUrl()).get("/api/campaigns/code/" + created.body().get("code").asString());
		assertThat(landing.body().get("title").asString()).isEqualTo("Bienvenue en 6e");
		assertThat(edited.body().get("endText").asString()).isEqualTo("Merci !");

		var byAdmin = patch(this.f.teacher.api(), campaign, "{\"externalIdLabel\":\"\",\"landingText\":\"\"}");
		assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(200);
		assertThat(byAdmin.body().get("externalIdLabel").isNull()).as("emptied: cleared").isTrue();
		assertThat(byAdmin.body().get("landingText").asString()).isEmpty();

		var byColleague = patch(colleague.api(), campaign, "{\"name\":\"Pirate\"}");
		assertThat(byColleague.status()).isEqualTo(403);
		assertThat(byColleague.body().get("code").asString()).isEqualTo("CAMPAIGN_OWNER_OR_ADMIN_ONLY");
		var outsider = this.f.organizations.user("Oscar");
		this.f.organizations.school(OrganizationFixtures.uai(), outsider);
		assertThat(patch(outsider.api(), campaign, "{\"name\":\"Pirate\"}").status()).isEqualTo(404);
		var blank = patch(owner.api(), campaign, "{\"name\":\"  \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body().get("code").asString()).isEqualTo("CAMPAIGN_NAME_INVALID");
		assertThat(patch(owner.api(), campaign, "{\"endText\":\"" + "x".repeat(5001) + "\"}").status()).isEqualTo(400);
		assertThat(owner.api().get(campaign).body().get("name").asString()).isEqualTo("Rentrée 6e");
	}

	@Test
	void theTextsFormOfTheCampaignsPage() {
		var id = this.f.campaign(Map.of()).body().get("id").asString();
		var browser = teachersBrowser();
		var page = "/orga/" + this.f.school + "/campagnes/" + id;
		assertThat(browser.get(page).body()).contains("action=\"" + page + "/textes\"");
		var saved = browser.post(page + "/textes",
				Map.of("name", "Rentrée B", "title", "", "landingText", "Salut", "endText", "", "externalIdLabel", ""));
		assertThat(saved.location()).endsWith(page + "?modifiee#textes");
		assertThat(browser.get(page + "?modifiee").body()).contains("Rentrée B",
				"Les textes de la campagne sont enregistrés.");
		var refused = browser.post(page + "/textes", Map.of("name", ""));
		assertThat(refused.location()).endsWith(page + "?erreur=CAMPAIGN_NAME_INVALID#textes");
		assertThat(browser.get(page + "?erreur=CAMPAIGN_NAME_INVALID").body())
			.contains("Le nom de la campagne est obligatoire");
	}

	@Test
	void aLearnersParticipationsForTheSchoolOnly() {
		var zoe = this.f.pupil("Zoé", "Dupré", "2013-04-03", "6A");
		var noe = this.f.pupil("Noé", "Lefèvre", "2012-11-12", "6B");
		var created = this.f.campaign(Map.of("name", "Rentrée 6A")).body();
		var pupil = this.f.organizations.user("Zoe").api();
		var joined = pupil.post("/api/campaigns/code/" + created.get("code").asString() + "/participations",
				Map.of("learner", Map.of("firstName", "Zoé", "lastName", "Dupré", "birthDate", "2013-04-03")));
		var participation = joined.body().get("participationId").asString();
		var path = "/api/organizations/" + this.f.school + "/learners/" + zoe + "/participations";
		var started = this.f.teacher.api().get(path);
		assertThat(started.status()).as(started.raw()).isEqualTo(200);
		assertThat(started.body().get(0).get("status").asString()).isEqualTo("STARTED");
		assertThat(started.body().get(0).get("masteryRate").isNull()).isTrue();

		this.f.answerAll(pupil, joined.body().get("assessmentId").asString(), true);
		assertThat(pupil.post("/api/participations/" + participation + "/share", "{}").status()).isEqualTo(200);
		var shared = this.f.teacher.api().get(path).body();
		assertThat(shared).hasSize(1);
		assertThat(shared.get(0).get("campaignName").asString()).isEqualTo("Rentrée 6A");
		assertThat(shared.get(0).get("status").asString()).isEqualTo("SHARED");
		assertThat(shared.get(0).get("sharedAt").isNull()).isFalse();
		assertThat(shared.get(0).get("masteryRate").asDouble()).isEqualTo(1.0);
		assertThat(this.f.teacher.api()
			.get("/api/organizations/" + this.f.school + "/learners/" + noe + "/participations")
			.body()).isEmpty();

		var other = this.f.organizations.user("Bruno");
		var otherSchool = this.f.organizations.school(OrganizationFixtures.uai(), other);
		assertThat(other.api().get(path).status()).as("not a member").isEqualTo(404);
		var elsewhere = other.api().get("/api/organizations/" + otherSchool + "/learners/" + zoe + "/participations");
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.body().get("code").asString()).isEqualTo("LEARNER_NOT_FOUND");

		var browser = teachersBrowser();
		var list = browser.get("/orga/" + this.f.school + "/eleves").body();
		var learnerPage = "/orga/" + this.f.school + "/eleves/" + zoe;
		assertThat(list).contains("href=\"" + learnerPage + "\"");
		var page = browser.get(learnerPage);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Zoé Dupré", "Rentrée 6A", "Résultats envoyés", "100 %",
				"/participants/" + participation);
		var withNothing = browser.get("/orga/" + this.f.school + "/eleves/" + noe).body();
		assertThat(withNothing).contains("Aucune participation pour le moment.");
	}

	private PageClient teachersBrowser() {
		var browser = new PageClient(baseUrl());
		browser.login(this.f.teacher.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		return browser;
	}

	private static ApiClient.Response patch(ApiClient api, String path, String json) {
		return api.send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
	}

}

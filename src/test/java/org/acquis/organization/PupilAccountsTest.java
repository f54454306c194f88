package org.acquis.organization;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures.Pupil;
import org.acquis.organization.OrganizationFixtures.User;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pupils' accounts from the school (domain.md §7, §9): usernames firstname.lastnameDDMM
 * (accents and spaces dropped, a number on collision), one-time passwords shown once, a
 * second generation that resets only the pupils asked for, the login by username and the
 * password the pupil must choose before anything else.
 */
class PupilAccountsTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ApplicationContext context;

	private OrganizationFixtures fixtures;

	private User admin;

	private User teacher;

	private String school;

	private String family;

	@BeforeEach
	void aSchoolWithTwoClasses() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		this.admin = this.fixtures.user("Alice");
		this.teacher = this.fixtures.user("Paul");
		var uai = OrganizationFixtures.uai();
		this.school = this.fixtures.school(uai, this.admin);
		this.fixtures.addMember(this.school, this.teacher, "MEMBER");
		// a family name no other test uses: usernames are unique over the whole platform
		this.family = "Dupré" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
		var started = OrganizationFixtures
			.upload(this.admin.api(), this.school, "SIECLE_XML", OrganizationFixtures.bytes(
					OrganizationFixtures.siecle(uai, "UTF-8",
							List.of(new Pupil("100000001AA", this.family, "Zoé", "03/04/2013", "6A"),
									new Pupil("100000002AA", this.family, "Zoé", "03/04/2012", "6A"),
									new Pupil("100000003AA", "D'Œuvre " + this.family, "Jean Pierre", "21/11/2013",
											"6A"),
									new Pupil("100000004AA", this.family, "Léo", "01/01/2013", "6B"))),
					"UTF-8"));
		ImportJobRunner.run(this.context, started.body().get("importId").asString());
	}

	private ApiClient.Response issue(ApiClient api, String division, Object body) {
		return api.post("/api/organizations/" + this.school + "/learners/accounts?division=" + division, body);
	}

	@Test
	void aTeacherGivesTheClassItsAccountsAndOnlyWhatIsAskedIsResetLater() {
		var sheet = issue(this.teacher.api(), "6A", Map.of());
		assertThat(sheet.status()).as(sheet.raw()).isEqualTo(200);
		assertThat(sheet.header("Cache-Control")).contains("no-store");
		var name = this.family.toLowerCase(Locale.ROOT).replace("é", "e");
		var usernames = sheet.body().get("accounts").findValuesAsString("username");
		assertThat(usernames).containsExactlyInAnyOrder("zoe." + name + "0304", "zoe." + name + "03042",
				"jeanpierre.doeuvre" + name + "2111");
		sheet.body().get("accounts").forEach(card -> {
			assertThat(card.get("password").asString()).matches("[A-HJ-NP-Za-km-np-z2-9]{8}");
			assertThat(card.get("created").asBoolean()).isTrue();
			assertThat(card.get("division").asString()).isEqualTo("6A");
		});

		var again = issue(this.teacher.api(), "6A", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("accounts").size()).as("no one left without an account").isZero();

		var first = sheet.body().get("accounts").get(0);
		var second = sheet.body().get("accounts").get(1);
		var reset = issue(this.teacher.api(), "6A",
				Map.of("resetLearnerIds", List.of(first.get("learnerId").asString())));
		assertThat(reset.body().get("accounts").size()).isEqualTo(1);
		var renewed = reset.body().get("accounts").get(0);
		assertThat(renewed.get("username").asString()).isEqualTo(first.get("username").asString());
		assertThat(renewed.get("created").asBoolean()).isFalse();
		assertThat(renewed.get("password").asString()).isNotEqualTo(first.get("password").asString());
		var pupil = new ApiClient(baseUrl());
		assertThat(pupil.login(first.get("username").asString(), first.get("password").asString()).status())
			.as("the old one-time password no longer works")
			.isEqualTo(401);
		pupil.forgetToken();
		assertThat(pupil.login(first.get("username").asString(), renewed.get("password").asString()).status())
			.isEqualTo(200);
		assertThat(new ApiClient(baseUrl())
			.login(second.get("username").asString().toUpperCase(Locale.ROOT), second.get("password").asString())
			.status()).as("the other pupils' passwords are untouched; usernames ignore case").isEqualTo(200);

		var list = this.admin.api().get("/api/organizations/" + this.school + "/learners?division=6A").body();
		list.get("items").forEach(l -> assertThat(l.get("userId").isNull()).isFalse());
	}

	@Test
	void resetsAreForThePupilsOfTheClassOnlyAndOtherSchoolsSeeNothing() {
		assertThat(issue(this.admin.api(), "6B", Map.of()).status()).isEqualTo(200);
		var sixB = this.admin.api().get("/api/organizations/" + this.school + "/learners?division=6B").body();
		var leo = sixB.get("items").get(0).get("id").asString();
		var wrongClass = issue(this.admin.api(), "6A", Map.of("resetLearnerIds", List.of(leo)));
		assertThat(wrongClass.status()).isEqualTo(404);
		assertThat(wrongClass.body().get("code").asString()).isEqualTo("LEARNER_NOT_FOUND");
		assertThat(issue(this.admin.api(), "6A", Map.of("resetLearnerIds", List.of(UUID.randomUUID().toString())))
			.status()).isEqualTo(404);
		assertThat(issue(this.admin.api(), "", Map.of()).body().get("code").asString()).isEqualTo("DIVISION_REQUIRED");
		assertThat(issue(this.admin.api(), "3Z", Map.of()).body().get("code").asString())
			.isEqualTo("DIVISION_NOT_FOUND");

		var other = this.fixtures.user("Bruno");
		this.fixtures.school(OrganizationFixtures.uai(), other);
		var foreign = issue(other.api(), "6A", Map.of());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.body().get("code").asString()).isEqualTo("ORGANIZATION_NOT_FOUND");
		var stillNone = this.admin.api().get("/api/organizations/" + this.school + "/learners?division=6A").body();
		stillNone.get("items").forEach(l -> assertThat(l.get("userId").isNull()).as("nothing issued").isTrue());
	}

	@Test
	void anOrganisationThatDoesNotManageItsListIssuesNoAccount() {
		var created = this.fixtures.platformAdmin()
			.post("/api/admin/organizations",
					Map.of("name", "Université", "type", "SUP", "managesStudents", false, "tags", List.of()));
		var university = created.body().get("id").asString();
		this.fixtures.addMember(university, this.admin, "ADMIN");
		var refused = this.admin.api()
			.post("/api/organizations/" + university + "/learners/accounts?division=L1", Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("code").asString()).isEqualTo("LEARNER_ACCOUNTS_NOT_AVAILABLE");
	}

	@Test
	void thePupilLogsInWithTheUsernameAndMustChooseAPasswordFirst() {
		var card = issue(this.teacher.api(), "6A", Map.of()).body().get("accounts").get(0);
		var username = card.get("username").asString();
		var oneTime = card.get("password").asString();
		var pupil = new ApiClient(baseUrl());
		assertThat(pupil.login(username, oneTime).status()).isEqualTo(200);
		var refused = pupil.get("/api/me");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
		assertThat(pupil.post("/api/competence-evaluations", Map.of("competence", "1.1")).status()).isEqualTo(403);
		var weak = pupil.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", "abc"));
		assertThat(weak.body().get("code").asString()).isEqualTo("PASSWORD_TOO_WEAK");
		var wrongCurrent = pupil.post("/api/me/password",
				Map.of("currentPassword", "Faux-Mot-42", "newPassword", PASSWORD));
		assertThat(wrongCurrent.body().get("code").asString()).isEqualTo("PASSWORD_CURRENT_INVALID");
		assertThat(pupil.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", PASSWORD)).status())
			.isEqualTo(204);
		assertThat(pupil.get("/api/me").status()).as("every token ended with the change").isEqualTo(401);
		pupil.forgetToken();
		assertThat(pupil.login(username, oneTime).status()).isEqualTo(401);
		assertThat(pupil.login(username, PASSWORD).status()).isEqualTo(200);
		var me = pupil.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("username").asString()).isEqualTo(username);
	}

	@Test
	void onThePagesEverythingLeadsToTheChoiceOfAPassword() {
		var card = issue(this.teacher.api(), "6A", Map.of()).body().get("accounts").get(1);
		var browser = new PageClient(baseUrl());
		browser.login(card.get("username").asString(), card.get("password").asString());
		var profile = browser.get("/profil");
		assertThat(profile.status()).isEqualTo(302);
		assertThat(profile.location()).endsWith("/mot-de-passe-a-choisir");
		assertThat(browser.get("/mot-de-passe-a-choisir").body()).contains("Choisissez votre mot de passe");
		var mismatch = browser.post("/mot-de-passe-a-choisir",
				Map.of("password", PASSWORD, "confirmation", PASSWORD + "x"));
		assertThat(mismatch.body()).contains("ne sont pas identiques");
		var common = browser.post("/mot-de-passe-a-choisir",
				Map.of("password", "Azerty123", "confirmation", "Azerty123"));
		assertThat(common.status()).isEqualTo(200);
		assertThat(browser.get("/profil").status()).as("still to choose").isEqualTo(302);
		var chosen = browser.post("/mot-de-passe-a-choisir", Map.of("password", PASSWORD, "confirmation", PASSWORD));
		assertThat(chosen.status()).isEqualTo(302);
		assertThat(browser.get("/profil").status()).isEqualTo(200);
		assertThat(browser.get("/mot-de-passe-a-choisir").status()).as("nothing left to choose").isEqualTo(302);
	}

	@Test
	void theSheetDownloadsAsCsvOrPdfFromTheApiAndThePage() throws Exception {
		var csv = this.admin.api()
			.send("POST", "/api/organizations/" + this.school + "/learners/accounts?division=6A", null, null,
					Map.of("Accept", "text/csv"));
		assertThat(csv.status()).as(csv.raw()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.raw()).startsWith("\uFEFFClasse;Nom;Prénom;Identifiant;Mot de passe à usage unique");
		assertThat(csv.raw().lines().count()).isEqualTo(4);
		assertThat(csv.raw()).contains("6A;D'Œuvre " + this.family + ";Jean Pierre;jeanpierre.doeuvre");

		var browser = new PageClient(baseUrl());
		browser.login(this.admin.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		var page = browser.get("/orga/" + this.school + "/eleves?division=6A");
		assertThat(page.body()).contains("Créer les comptes des élèves de la classe").contains("zoe.");
		var fromPage = browser.post("/orga/" + this.school + "/eleves/comptes",
				Map.of("division", "6B", "format", "pdf"));
		assertThat(fromPage.status()).isEqualTo(200);
		assertThat(fromPage.body()).startsWith("%PDF");

		// the whole class again, as a PDF (kept in the temp directory to look at)
		var ids = this.admin.api()
			.get("/api/organizations/" + this.school + "/learners?division=6A")
			.body()
			.get("items")
			.findValuesAsString("id");
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI
				.create(baseUrl() + "/api/organizations/" + this.school + "/learners/accounts?division=6A"))
			.header("Authorization", "Bearer " + this.admin.api().token())
			.header("Accept", "application/pdf")
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.writeValueAsString(Map.of("resetLearnerIds", ids))))
			.build();
		var pdf = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("comptes-6A.pdf");
		assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "acquis-accounts-sheet.pdf"), pdf.body());
	}

}

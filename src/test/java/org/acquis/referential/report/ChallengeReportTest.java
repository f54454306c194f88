package org.acquis.referential.report;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Signaler un problème": a learner reports a problem on a challenge (API and the
 * question page), once per category; content authors list the reports with counts per
 * challenge.
 */
class ChallengeReportTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	private static final String REPORTS = "/api/admin/challenge-reports";

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	@Test
	void aLearnerReportsOncePerCategoryAndAuthorsSeeTheCountsPerChallenge() {
		var learner = new ApiClient(baseUrl());
		learner.signUpAndLogin("Reporter");
		var challenge = challenge(0);

		var first = learner.post(reportsOf(challenge),
				Map.of("category", "ANSWER_REFUSED", "comment", "« Paris » devrait être accepté"));
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		var again = learner.post(reportsOf(challenge), Map.of("category", "ANSWER_REFUSED", "comment", "encore"));
		assertThat(again.status()).as("a repeat, counted once").isEqualTo(200);
		assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(learner.post(reportsOf(challenge), Map.of("category", "UNCLEAR")).status()).isEqualTo(201);
		var other = new ApiClient(baseUrl());
		other.signUpAndLogin("Other");
		assertThat(other
			.post(reportsOf(challenge),
					Map.of("category", "ANSWER_REFUSED", "assessmentId", UUID.randomUUID().toString(), "comment",
							"   "))
			.status()).isEqualTo(201);

		var listed = author(Role.CONTENT).get(REPORTS + "?challengeId=" + challenge);
		assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
		assertThat(listed.body().get("total").asLong()).isEqualTo(1);
		var item = listed.body().get("items").get(0);
		assertThat(item.get("challengeId").asString()).isEqualTo(challenge);
		assertThat(item.get("competence").asString())
			.isEqualTo(this.bank.challenge(challenge).orElseThrow().competence());
		assertThat(item.get("skill").asString()).isEqualTo(this.bank.challenge(challenge).orElseThrow().skillId());
		assertThat(item.get("total").asLong()).isEqualTo(3);
		assertThat(item.get("categories").get("ANSWER_REFUSED").asLong()).isEqualTo(2);
		assertThat(item.get("categories").get("UNCLEAR").asLong()).isEqualTo(1);
		assertThat(item.get("categories").get("BROKEN_FILE").asLong()).isZero();
		assertThat(item.get("reports").toString()).as("the latest comment of a repeat, a blank one is none")
			.contains("encore")
			.doesNotContain("devrait")
			.doesNotContain("userId");
		assertThat(listed.raw()).as("never who reported, never a solution")
			.doesNotContain("Reporter")
			.doesNotContain("solution")
			.doesNotContain("accepted");
	}

	@Test
	void badReportsAreRefusedWithATranslatedReason() {
		var learner = new ApiClient(baseUrl());
		learner.signUpAndLogin("Bad");
		var challenge = challenge(1);

		expect(learner.post(reportsOf(challenge), Map.of("category", "WRONG")), 400,
				"CHALLENGE_REPORT_CATEGORY_INVALID");
		expect(learner.post(reportsOf(challenge), Map.of("comment", "pas de catégorie")), 400,
				"CHALLENGE_REPORT_CATEGORY_INVALID");
		expect(learner.post(reportsOf(challenge), Map.of("category", "OTHER", "comment", "x".repeat(1001))), 400,
				"CHALLENGE_REPORT_COMMENT_TOO_LONG");
		expect(learner.post(reportsOf("recNoSuchChallenge"), Map.of("category", "OTHER")), 404, "CHALLENGE_NOT_FOUND");
		assertThat(
				learner.post(reportsOf(challenge), Map.of("category", "OTHER", "comment", "é".repeat(1000))).status())
			.as("1,000 characters, not bytes")
			.isEqualTo(201);
		var wrong = learner.post(reportsOf(challenge), Map.of("category", "WRONG"));
		assertThat(wrong.body().get("detail").asString()).startsWith("Choisissez le problème");

		var anonymous = new ApiClient(baseUrl());
		assertThat(anonymous.post(reportsOf(challenge), Map.of("category", "OTHER")).status()).isEqualTo(401);
		assertThat(anonymous.get(REPORTS).status()).isEqualTo(401);
		assertThat(learner.get(REPORTS).status()).as("a learner").isEqualTo(403);
		assertThat(author(Role.SUPPORT).get(REPORTS).status()).isEqualTo(403);
		assertThat(author(Role.SUPER_ADMIN).get(REPORTS + "?page=0&size=5").status()).isEqualTo(200);
		expect(author(Role.CONTENT).get(REPORTS + "?size=1000"), 400, "PAGING_INVALID");
	}

	@Test
	void anIdempotencyKeyReplaysTheFirstAnswer() {
		var learner = new ApiClient(baseUrl());
		learner.signUpAndLogin("Replay");
		var key = UUID.randomUUID().toString();
		var first = learner.post(reportsOf(challenge(2)), Map.of("category", "BROKEN_FILE"), key);
		var replayed = learner.post(reportsOf(challenge(2)), Map.of("category", "BROKEN_FILE"), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(replayed.status()).as("the first answer again").isEqualTo(201);
		assertThat(replayed.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
	}

	@Test
	void aFloodOfNewReportsIsSlowedDownButRepeatsAreNot() {
		var learner = new ApiClient(baseUrl());
		learner.signUpAndLogin("Flood");
		var categories = List.of("ANSWER_REFUSED", "UNCLEAR", "BROKEN_FILE", "OTHER");
		for (int i = 0; i < ReportProblem.FLOOD_LIMIT; i++) {
			var sent = learner.post(reportsOf(challenge(3 + i / 4)), Map.of("category", categories.get(i % 4)));
			assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
		}
		expect(learner.post(reportsOf(challenge(3 + 10)), Map.of("category", "OTHER")), 429,
				"TOO_MANY_CHALLENGE_REPORTS");
		assertThat(learner.post(reportsOf(challenge(3)), Map.of("category", "ANSWER_REFUSED")).status())
			.as("a repeat adds nothing")
			.isEqualTo(200);

		this.clock.advance(ReportProblem.FLOOD_WINDOW.plus(Duration.ofSeconds(1)));
		assertThat(learner.post(reportsOf(challenge(3 + 10)), Map.of("category", "OTHER")).status()).isEqualTo(201);
	}

	@Test
	void theQuestionPageReportsAProblemAndComesBackToTheSameQuestionThenAuthorsSeeIt() {
		var email = new ApiClient(baseUrl()).signUpAndLogin("Page");
		var browser = new PageClient(baseUrl());
		browser.login(email, PASSWORD);
		browser.get("/competences/2.1");
		var location = browser.post("/competences/2.1/evaluation", Map.of()).location();
		var path = location.substring(location.indexOf("/evaluations/"));
		var html = browser.get(path).body();
		var challenge = hidden(html, "challengeId");
		assertThat(html).contains("Signaler un problème")
			.contains("action=\"/epreuves/" + challenge + "/signalement\"")
			.doesNotContain("Merci, votre signalement");

		var form = new LinkedHashMap<String, String>();
		form.put("category", "UNCLEAR");
		form.put("comment", "Je ne comprends pas la consigne.");
		form.put("assessmentId", path.substring("/evaluations/".length()));
		form.put("back", path);
		var sent = browser.post("/epreuves/" + challenge + "/signalement", form);
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith(path);
		var back = browser.get(path).body();
		assertThat(back).contains("Merci, votre signalement a été envoyé.");
		assertThat(hidden(back, "challengeId")).as("the same question, still to answer").isEqualTo(challenge);
		assertThat(browser.get(path).body()).as("said once").doesNotContain("Merci, votre signalement");

		form.put("back", "//evil.example/x");
		assertThat(browser.post("/epreuves/" + challenge + "/signalement", form).location())
			.doesNotContain("evil.example");
		form.put("category", "NOPE");
		assertThat(browser.post("/epreuves/" + challenge + "/signalement", form).status()).isEqualTo(400);

		var author = new PageClient(baseUrl());
		author.login(authorEmail(Role.CONTENT), PASSWORD);
		var list = author.get("/admin/signalements");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("href=\"/admin/epreuves/" + challenge + "\"")
			.contains("Je ne comprends pas la consigne.");
		assertThat(browser.get("/admin/signalements").status()).as("a learner").isEqualTo(403);
	}

	private String challenge(int index) {
		return this.bank.allChallenges()
			.stream()
			.filter(c -> c.playable())
			.skip(index * 7L)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static String reportsOf(String challenge) {
		return "/api/challenges/" + challenge + "/reports";
	}

	private ApiClient author(Role role) {
		var api = new ApiClient(baseUrl());
		assertThat(api.login(authorEmail(role), PASSWORD).status()).isEqualTo(200);
		return api;
	}

	private String authorEmail(Role role) {
		var email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Auteur", role.name(), email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, role)));
		return email;
	}

	private static void expect(ApiClient.Response response, int status, String code) {
		assertThat(response.status()).as(response.raw()).isEqualTo(status);
		assertThat(response.body().get("code").asString()).isEqualTo(code);
		assertThat(response.body().get("detail").asString()).isNotBlank();
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}

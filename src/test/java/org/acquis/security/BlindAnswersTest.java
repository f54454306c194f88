package org.acquis.security;

import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HIGH-1 of the security probe: a learner who never reads the questions and answers the
 * first proposal ("1", "1,2") must not score; the proposals' ids tell nothing, in the API
 * and in the page, and the right opaque id is still judged right.
 */
class BlindAnswersTest extends IntegrationTest {

	private static final Pattern OPAQUE = Pattern.compile("[a-z2-7]{8}");

	private static final Pattern CHOICE = Pattern.compile("name=\"value\"[^>]*value=\"([^\"]*)\"");

	@Autowired
	ContentBank bank;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answeringTheFirstProposalsBlindNeverScores() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Blind");
		var blind = new ArrayList<String>();
		var shownIds = new ArrayList<String>();
		for (var competence : java.util.List.of("3.3", "1.1", "2.1")) {
			var assessment = api.post("/api/competence-evaluations", Map.of("competence", competence))
				.body()
				.get("assessmentId")
				.asString();
			while (true) {
				var next = api.get("/api/assessments/" + assessment + "/next-challenge");
				if (next.status() == 204) {
					break;
				}
				if (next.body().path("awaitingStart").asBoolean()) {
					// a timed question shows its proposals once started
					next = api.post("/api/assessments/" + assessment + "/current-challenge/start", Map.of());
				}
				var type = next.body().get("type").asString();
				var ids = new ArrayList<String>();
				next.body().get("proposals").forEach(p -> ids.add(p.get("id").asString()));
				var answer = switch (type) {
					case "QCU" -> Map.<String, Object>of("value", "1");
					case "QCM" -> Map.<String, Object>of("value", "1,2");
					default -> Map.<String, Object>of("skipped", true);
				};
				var body = new java.util.HashMap<String, Object>(answer);
				body.put("challengeId", next.body().get("challengeId").asString());
				var result = api.post("/api/assessments/" + assessment + "/answers", body);
				assertThat(result.status()).as(result.raw()).isEqualTo(201);
				if (type.equals("QCU") || type.equals("QCM")) {
					blind.add(type + " " + result.body().get("result").asString());
				}
				shownIds.addAll(ids);
			}
		}
		assertThat(blind).as("answered blind").hasSizeGreaterThan(5).allMatch(result -> result.endsWith(" KO"));
		assertThat(shownIds).allMatch(id -> OPAQUE.matcher(id).matches());
		var profile = api.get("/api/me/profile").body();
		assertThat(profile.get("totalPix").asInt()).isZero();
	}

	@Test
	void thePageSendsOpaqueIdsAndTheRightOneIsJudgedRight() {
		var api = new ApiClient(baseUrl());
		var email = api.signUpAndLogin("Page");
		var page = new PageClient(baseUrl());
		assertThat(page.login(email, "Secret123").location()).endsWith("/profil");
		page.get("/competences/1.1");
		var started = page.post("/competences/1.1/evaluation", Map.of());
		var path = started.location().replaceFirst("^https?://[^/]+", "");
		for (int i = 0; i < 30; i++) {
			var html = page.get(path).body();
			var challenge = this.bank.challenge(hidden(html, "challengeId")).orElseThrow();
			var form = new java.util.HashMap<String, String>();
			form.put("challengeId", challenge.id());
			form.put("answerKey", hidden(html, "answerKey"));
			if (challenge.type() == Challenge.Type.QCU || challenge.type() == Challenge.Type.QCM) {
				var values = new ArrayList<String>();
				var matcher = CHOICE.matcher(html);
				while (matcher.find()) {
					values.add(matcher.group(1));
				}
				assertThat(values).hasSameElementsAs(challenge.proposals().stream().map(p -> p.id()).toList())
					.allMatch(id -> OPAQUE.matcher(id).matches());
				form.put("value", ((AnswerValue.Text) this.bank.answerKey(challenge).rightAnswer()).value());
				assertThat(page.post(path, form).status()).isEqualTo(302);
				assertThat(this.jdbc
					.sql("SELECT result FROM evaluation_answer WHERE assessment_id = ?::uuid AND challenge_id = ?")
					.params(path.substring(path.lastIndexOf('/') + 1), challenge.id())
					.query(String.class)
					.single()).isEqualTo("OK");
				return;
			}
			form.put("skip", "1");
			page.post(path, form);
		}
		throw new AssertionError("no QCU or QCM was asked");
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}

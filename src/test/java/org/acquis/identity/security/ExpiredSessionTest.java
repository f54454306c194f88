package org.acquis.identity.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends while a form is open (timeout, logout elsewhere) sends the visitor
 * to log in with a message, then back to the page the form was on; never a bare 403.
 */
class ExpiredSessionTest extends IntegrationTest {

	@Test
	void anAnswerPostedAfterTheSessionEndedLeadsToLoginThenBackToTheSameQuestion() {
		var email = new ApiClient(baseUrl()).signUpAndLogin("Expired");
		var browser = new PageClient(baseUrl());
		browser.login(email, "Secret123");
		browser.get("/competences/3.2");
		var question = browser.post("/competences/3.2/evaluation", Map.of()).location();
		var path = question.substring(question.indexOf("/evaluations/"));
		var html = browser.get(path).body();
		var challengeId = hidden(html, "challengeId");
		// the session ends on the server (as after its timeout); the browser still holds
		// its cookie and the page its CSRF token
		assertThat(browser.sameSessionElsewhere().post("/deconnexion", Map.of("_csrf", browser.csrf())).status())
			.isEqualTo(302);

		var answered = browser.post(path, answer(html));

		assertThat(answered.status()).as(answered.body()).isEqualTo(302);
		assertThat(answered.location()).contains("/connexion?expired");
		assertThat(continueOf(answered.location())).isEqualTo(path);
		var login = browser.get(answered.location().substring(answered.location().indexOf("/connexion")));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("Votre session a expiré")
			.contains("name=\"continue\" value=\"" + path + "\"");

		var loggedIn = browser.post("/connexion", Map.of("login", email, "password", "Secret123", "continue", path));
		assertThat(loggedIn.location()).endsWith(path);
		assertThat(hidden(browser.get(path).body(), "challengeId")).as("the same question").isEqualTo(challengeId);
	}

	@Test
	void aWrongPasswordKeepsWhereToGoBackAndAnotherSiteIsNeverWhereTheLoginLeads() {
		var email = new ApiClient(baseUrl()).signUpAndLogin("Continue");
		var browser = new PageClient(baseUrl());
		browser.get("/connexion?expired&continue=/profil");

		var wrong = browser.post("/connexion",
				Map.of("login", email, "password", "Wrong-Pass-75", "continue", "/profil"));
		assertThat(wrong.location()).contains("error=").contains("continue=%2Fprofil");

		for (var elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)" }) {
			var visitor = new PageClient(baseUrl());
			assertThat(
					visitor.get("/connexion?continue=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)).body())
				.doesNotContain("evil.example")
				.doesNotContain("javascript:");
			var loggedIn = visitor.post("/connexion",
					Map.of("login", email, "password", "Secret123", "continue", elsewhere));
			assertThat(loggedIn.location()).as(elsewhere).doesNotContain("evil.example").doesNotContain("javascript");
		}
	}

	@Test
	void aFormPostedWithoutAnyTokenByAnAnonymousVisitorIsSentToLogInNotABare403() {
		var visitor = new PageClient(baseUrl());
		var posted = visitor.post("/competences/1.1/evaluation", Map.of("_csrf", "forged"));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).contains("/connexion?expired");
	}

	private static Map<String, String> answer(String html) {
		var form = new LinkedHashMap<String, String>();
		form.put("challengeId", hidden(html, "challengeId"));
		form.put("answerKey", hidden(html, "answerKey"));
		form.put("value", "ma réponse");
		return form;
	}

	private static String continueOf(String location) {
		var matcher = Pattern.compile("[?&]continue=([^&]*)").matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}

package org.acquis.identity.security;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.account.RegisterUser;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class LocalePreferenceTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLinkChangesTheLanguageOfThePagesOnlyTheSwitcherFormSavesIt() {
		var email = "lang-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(RegisterUser.Registration.learner("Lena", "Martin", email, "Secret123", "fr", true));
		this.clock.advance(Duration.ofMinutes(1));
		var browser = new PageClient(baseUrl());
		browser.login(email, "Secret123");

		var viewed = browser.get("/profil?lang=en");
		assertThat(viewed.body()).contains("<html lang=\"en\"");
		assertThat(locale(email)).as("a GET changes nothing on the account").isEqualTo("fr");
		assertThat(viewed.body()).contains("action=\"/preferences/langue\"")
			.contains("name=\"back\" value=\"/profil?lang=en\"");

		var saved = browser.post("/preferences/langue", Map.of("lang", "en", "back", "/profil"));
		assertThat(saved.location()).endsWith("/profil");
		assertThat(locale(email)).isEqualTo("en");
		assertThat(browser.get("/profil").body()).contains("<html lang=\"en\"");

		browser.post("/preferences/langue", Map.of("lang", "fr", "back", "/profil"));
		assertThat(locale(email)).as("back to the login-time language, saved too").isEqualTo("fr");
		assertThat(browser.get("/profil").body()).contains("<html lang=\"fr\"");

		browser.post("/preferences/langue", Map.of("lang", "de", "back", "/profil"));
		assertThat(locale(email)).as("an unknown language is ignored").isEqualTo("fr");
	}

	@Test
	void theSwitcherSendsBackToALocalPathOnly() {
		var browser = new PageClient(baseUrl());
		this.clock.advance(Duration.ofMinutes(1));
		var email = "lang-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(RegisterUser.Registration.learner("Lena", "Martin", email, "Secret123", "fr", true));
		browser.login(email, "Secret123");
		browser.get("/profil");
		for (var back : new String[] { "//evil.example/x", "https://evil.example", "/\\evil.example",
				"/x\r\nSet-Cookie:a", "evil" }) {
			var answer = browser.post("/preferences/langue", Map.of("lang", "fr", "back", back));
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).as(back).isEqualTo("/");
		}
		assertThat(browser.post("/preferences/langue", Map.of("lang", "fr", "back", "/competences/1.1?x=1")).location())
			.isEqualTo("/competences/1.1?x=1");
	}

	@Test
	void anonymousVisitorsSwitchWithALink() {
		var home = new PageClient(baseUrl()).get("/");
		assertThat(home.body()).contains("href=\"?lang=en\"").doesNotContain("/preferences/langue");
	}

	private String locale(String email) {
		return this.jdbc.sql("SELECT locale FROM identity_user WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

}

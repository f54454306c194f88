package org.acquis.identity.recovery;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, HIGH-2: the way back into an account, by a link e-mailed (GreenMail) to its
 * address.
 */
class PasswordResetTest extends IntegrationTest {

	private static final Pattern LINK = Pattern
		.compile("(http://localhost:8080/nouveau-mot-de-passe/([A-Za-z0-9_-]+)(\\?lang=en)?)");

	private static final String PASSWORD = "Vert-Orage9";

	private static final String NEW_PASSWORD = "Nuage-Bleu-42";

	@BeforeEach
	void freshWindows() {
		// the address limits on logins (a minute) and reset requests (an hour)
		this.clock.advance(Duration.ofMinutes(61));
	}

	@Test
	void theEmailedLinkSetsANewPasswordOnceEndsTheLockoutAndRevokesRefreshTokens() {
		var api = new ApiClient(baseUrl());
		var email = signUp(api, "fr");
		var refresh = api.login(email, PASSWORD).body().get("refresh_token").asString();
		for (int i = 0; i < 10; i++) {
			api.login(email, "Wrong-" + i + "x");
		}
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(423);

		var unknown = "nobody-" + UUID.randomUUID() + "@example.org";
		assertThat(api.post("/api/password-resets", Map.of("email", unknown)).status()).isEqualTo(202);
		assertThat(api.post("/api/password-resets", Map.of("email", email.toUpperCase())).status()).isEqualTo(202);
		var mails = this.mailbox.await(email, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Acquis : choisir un nouveau mot de passe");
		assertThat(mails.get(0).body()).contains("Bonjour Ana", "60 minutes");
		var token = token(mails.get(0).body());

		var common = api.post("/api/password-resets/" + token, Map.of("password", "Azerty123"));
		assertThat(common.status()).isEqualTo(400);
		assertThat(common.body().get("code").asString()).isEqualTo("PASSWORD_TOO_COMMON");
		assertThat(api.post("/api/password-resets/" + token, Map.of("password", NEW_PASSWORD)).status()).isEqualTo(204);
		assertThat(api.get("/api/me").status()).as("the access token of before the reset is revoked too")
			.isEqualTo(401);
		api = new ApiClient(baseUrl());
		var again = api.post("/api/password-resets/" + token, Map.of("password", "Autre-Ciel-43"));
		assertThat(again.status()).as("single use").isEqualTo(404);
		assertThat(again.body().get("code").asString()).isEqualTo("PASSWORD_RESET_LINK_INVALID");

		assertThat(api.login(email, PASSWORD).status()).isEqualTo(401);
		assertThat(api.login(email, NEW_PASSWORD).status()).as("the lockout is over").isEqualTo(200);
		assertThat(new ApiClient(baseUrl()).post("/api/token", Map.of("refresh_token", refresh)).status())
			.as("refresh tokens of before the reset are revoked")
			.isEqualTo(401);
		assertThat(this.mailbox.to(unknown)).isEmpty();
	}

	@Test
	void aLinkLastsOneHour() {
		var api = new ApiClient(baseUrl());
		var email = signUp(api, "fr");
		api.post("/api/password-resets", Map.of("email", email));
		var token = token(this.mailbox.await(email, 1).get(0).body());
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(api.post("/api/password-resets/" + token, Map.of("password", NEW_PASSWORD)).status()).isEqualTo(404);
		assertThat(api.post("/api/password-resets/not-a-token", Map.of("password", NEW_PASSWORD)).status())
			.isEqualTo(404);
	}

	@Test
	void requestsAreLimitedPerAccountAndPerAddress() throws InterruptedException {
		var api = new ApiClient(baseUrl());
		var email = signUp(api, "fr");
		for (int i = 0; i < 5; i++) {
			assertThat(api.post("/api/password-resets", Map.of("email", email)).status()).isEqualTo(202);
		}
		assertThat(this.mailbox.await(email, 3)).hasSize(3);
		Thread.sleep(300);
		assertThat(this.mailbox.to(email)).as("three links an hour per account").hasSize(3);

		ApiClient.Response limited = null;
		for (int i = 0; i < 20 && limited == null; i++) {
			var response = api.post("/api/password-resets", Map.of("email", "x" + i + "@example.org"));
			if (response.status() == 429) {
				limited = response;
			}
		}
		assertThat(limited).as("20 requests an hour per address").isNotNull();
		assertThat(limited.body().get("code").asString()).isEqualTo("TOO_MANY_RESET_REQUESTS");
		this.clock.advance(Duration.ofMinutes(61));
	}

	@Test
	void theForgottenPasswordPagesWorkInEnglish() {
		var email = signUp(new ApiClient(baseUrl()), "en");
		var browser = new PageClient(baseUrl());
		assertThat(browser.get("/connexion").body()).contains("href=\"/mot-de-passe-oublie\"", "Mot de passe oublié ?");
		var form = browser.get("/mot-de-passe-oublie?lang=en").body();
		assertThat(form).contains("Forgotten password", "<label for=\"email\"");
		var sent = browser.post("/mot-de-passe-oublie", Map.of("email", email));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).contains("role=\"status\"", "If an account exists");

		var mail = this.mailbox.await(email, 1).get(0);
		assertThat(mail.subject()).isEqualTo("Acquis: choose a new password");
		var link = LINK.matcher(mail.body());
		assertThat(link.find()).isTrue();
		assertThat(link.group(3)).as("the link opens the page in English").isEqualTo("?lang=en");
		var path = link.group(1).replace("http://localhost:8080", "");
		assertThat(browser.get(path).body()).contains("Choose a new password", "<label for=\"password\"");
		var refused = browser.post(path.replace("?lang=en", ""), Map.of("password", "Password1"));
		assertThat(refused.body()).contains("aria-invalid=\"true\"",
				"aria-describedby=\"password-error password-help\"", "id=\"password-error\"", "one of the most common");
		var changed = browser.post(path.replace("?lang=en", ""), Map.of("password", NEW_PASSWORD));
		assertThat(changed.location()).endsWith("/connexion?reset");
		assertThat(new PageClient(baseUrl()).login(email, NEW_PASSWORD).location()).endsWith("/profil");
		assertThat(browser.get(path).body()).contains("no longer valid", "href=\"/mot-de-passe-oublie\"");
	}

	private String signUp(ApiClient api, String locale) {
		var email = "reset-" + UUID.randomUUID() + "@example.org";
		var created = api.post("/api/users", Map.of("firstName", "Ana", "lastName", "Bel", "email", email, "password",
				PASSWORD, "locale", locale, "acceptTerms", true));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return email;
	}

	private static String token(String body) {
		var link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(2);
	}

}

package org.acquis.identity.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPagesTest extends IntegrationTest {

	@Test
	void signingUpStartsANewSessionWithANewCsrfToken() {
		var victim = new PageClient(baseUrl());
		victim.get("/inscription");
		var planted = victim.sameSessionElsewhere();
		var plantedCsrf = victim.csrf();
		var plantedId = victim.sessionId();
		assertThat(plantedId).isNotEmpty();

		var signedUp = victim.post("/inscription", Map.of("firstName", "Vic", "lastName", "Martin", "email",
				"fixation-" + UUID.randomUUID() + "@example.org", "password", "Secret123", "acceptTerms", "true"));

		assertThat(signedUp.location()).endsWith("/profil");
		assertThat(victim.sessionId()).isNotEmpty().isNotEqualTo(plantedId);
		assertThat(victim.get("/profil").status()).isEqualTo(200);
		assertThat(planted.get("/profil").location()).as("the planted session is not logged in").endsWith("/connexion");
		var refused = victim.post("/deconnexion", Map.of("_csrf", plantedCsrf));
		// a refused form goes back to its page (issue 16), not through the logout
		assertThat(refused.status()).as("the CSRF token read before the sign-up is refused").isEqualTo(302);
		assertThat(refused.location()).doesNotContain("logout");
		assertThat(victim.get("/profil").status()).as("still logged in").isEqualTo(200);
	}

	@Test
	void theLoginPageShowsOnlyLoginErrorsNeverTextFromItsAddress() {
		var page = new PageClient(baseUrl());
		var spoofed = page.get("/connexion?error=VOTRE_COMPTE_EST_SUSPENDU_APPELEZ_LE");
		assertThat(spoofed.body()).doesNotContain("VOTRE_COMPTE_EST_SUSPENDU")
			.contains("L&#39;identifiant ou le mot de passe est incorrect.");
		assertThat(page.get("/connexion?error=ACCOUNT_TEMPORARILY_BLOCKED").body())
			.contains("est bloquée quelques minutes");
		assertThat(page.get("/connexion?error=TOO_MANY_LOGIN_ATTEMPTS").body()).contains("patientez une minute");
	}

	@Test
	void aFailedLoginFormSendsBackToTheLoginPageWithAKnownCode() {
		this.clock.advance(Duration.ofMinutes(1));
		var failed = new PageClient(baseUrl()).login("nobody-" + UUID.randomUUID() + "@example.org", "Wrong1234");
		assertThat(failed.location()).endsWith("/connexion?error=INVALID_CREDENTIALS");
	}

}

package org.acquis.identity;

import java.util.Map;
import java.util.UUID;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityApiTest extends IntegrationTest {

	@Test
	void signsUpLogsInWithEmailAndRefreshesTheToken() {
		var api = new ApiClient(baseUrl());
		var email = "Zoe-" + UUID.randomUUID() + "@Example.org";
		var created = api.post("/api/users", Map.of("firstName", "Zoé", "lastName", "Lefèvre", "email", email,
				"password", "Secret123", "locale", "en", "acceptTerms", true));
		assertThat(created.status()).isEqualTo(201);

		var token = api.login(email.toLowerCase(), "Secret123");
		assertThat(token.status()).isEqualTo(200);
		assertThat(token.body().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.body().get("expires_in").asInt()).isEqualTo(1200);
		var me = api.get("/api/me").body();
		assertThat(me.get("firstName").asString()).isEqualTo("Zoé");
		assertThat(me.get("locale").asString()).isEqualTo("en");
		assertThat(me.get("roles").toString()).contains("LEARNER");

		var refresh = token.body().get("refresh_token").asString();
		var renewed = new ApiClient(baseUrl()).post("/api/token", Map.of("refresh_token", refresh));
		assertThat(renewed.status()).isEqualTo(200);
		assertThat(new ApiClient(baseUrl()).post("/api/token", Map.of("refresh_token", refresh)).status())
			.as("a refresh token is used once")
			.isEqualTo(401);
	}

	@Test
	void refusesWeakPasswordsAndDuplicatesWithTranslatedProblems() {
		var api = new ApiClient(baseUrl());
		var weak = api.post("/api/users", Map.of("firstName", "A", "lastName", "B", "email",
				"weak-" + UUID.randomUUID() + "@example.org", "password", "password", "acceptTerms", true));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body().get("code").asString()).isEqualTo("PASSWORD_TOO_WEAK");
		assertThat(weak.body().get("detail").asString()).contains("majuscule");
		var noTerms = api.post("/api/users", Map.of("firstName", "A", "lastName", "B", "email",
				"t-" + UUID.randomUUID() + "@example.org", "password", "Secret123"));
		assertThat(noTerms.body().get("code").asString()).isEqualTo("TERMS_NOT_ACCEPTED");

		var email = "dup-" + UUID.randomUUID() + "@example.org";
		var body = Map.of("firstName", "A", "lastName", "B", "email", email, "password", "Secret123", "acceptTerms",
				true);
		assertThat(api.post("/api/users", body).status()).isEqualTo(201);
		var duplicate = api.post("/api/users", body);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body().get("code").asString()).isEqualTo("EMAIL_ALREADY_USED");
		assertThat(api.login(email, "Wrong1234").body().get("code").asString()).isEqualTo("INVALID_CREDENTIALS");
	}

	@Test
	void refusesTheCommonPasswordsTheNameAndControlCharacters() {
		// issue 14, LOW-3: all of these were accepted
		var api = new ApiClient(baseUrl());
		var email = "Zoe.Martin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		var refusals = Map.of("Password1", "PASSWORD_TOO_COMMON", "Azerty123", "PASSWORD_TOO_COMMON", "Acquis2026",
				"PASSWORD_TOO_COMMON", email, "PASSWORD_CONTAINS_NAME", "Martin2026x", "PASSWORD_CONTAINS_NAME",
				"Vert\u0000Orage9", "PASSWORD_INVALID_CHARACTER");
		refusals.forEach((password, code) -> {
			var refused = api.post("/api/users", Map.of("firstName", "Zoé", "lastName", "Martin", "email", email,
					"password", password, "acceptTerms", true));
			assertThat(refused.status()).as(password).isEqualTo(400);
			assertThat(refused.body().get("code").asString()).as(password).isEqualTo(code);
			assertThat(refused.body().get("detail").asString()).as("translated").doesNotContain("PASSWORD_");
		});
		assertThat(api
			.post("/api/users", Map.of("firstName", "Zoé", "lastName", "Martin", "email", email, "password",
					"Vert-Orage9", "acceptTerms", true))
			.status()).isEqualTo(201);
	}

	@Test
	void aSignUpRetriedWithTheSameIdempotencyKeyCreatesOneAccount() {
		var api = new ApiClient(baseUrl());
		var key = UUID.randomUUID().toString();
		var body = Map.of("firstName", "A", "lastName", "B", "email", "idem-" + key + "@example.org", "password",
				"Secret123", "acceptTerms", true);

		var first = api.post("/api/users", body, key);
		var retry = api.post("/api/users", body, key);
		var otherBody = api.post("/api/users", Map.of("firstName", "C"), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		// anonymous callers are told apart by their body: another body under the same key
		// is another caller's request, which simply runs (here: an invalid sign-up)
		assertThat(otherBody.status()).isEqualTo(400);
		assertThat(otherBody.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void healthIsPublicAndMetricsAreReadFromTheAllowedAddresses() {
		var api = new ApiClient(baseUrl());
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus").status()).as("from 127.0.0.1").isEqualTo(200);
	}

}

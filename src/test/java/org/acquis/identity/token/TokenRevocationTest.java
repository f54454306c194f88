package org.acquis.identity.token;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh-token families, logout of the API and of the pages, revocation by support. */
class TokenRevocationTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	@Autowired
	RegisterUser registerUser;

	@Test
	void aRefreshTokenUsedTwiceRevokesItsFamilyAndOnlyIt() {
		var email = newLearner();
		var first = login(email);
		var other = login(email);
		var r0 = refreshToken(first);
		var rotated = refresh(r0);
		assertThat(rotated.status()).isEqualTo(200);

		var replay = refresh(r0);
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.body().get("code").asString()).isEqualTo("REFRESH_TOKEN_INVALID");
		assertThat(refresh(refreshToken(rotated)).status()).as("the family is revoked").isEqualTo(401);
		assertThat(withToken(accessToken(rotated)).get("/api/me").status())
			.as("and the access tokens issued before the replay")
			.isEqualTo(401);
		assertThat(refresh(refreshToken(other)).status()).as("another login's family lives on").isEqualTo(200);
	}

	@Test
	void loggingOutOfTheApiEndsEveryTokenOfTheCallerEvenOneAlreadyVerified() {
		var email = newLearner();
		var first = login(email);
		var second = login(email);
		var api = withToken(accessToken(first));
		assertThat(api.get("/api/me").status()).as("verified, and remembered").isEqualTo(200);

		assertThat(api.post("/api/token/revocation", "").status()).isEqualTo(204);

		assertThat(api.get("/api/me").status()).isEqualTo(401);
		assertThat(withToken(accessToken(second)).get("/api/me").status()).isEqualTo(401);
		assertThat(refresh(refreshToken(first)).status()).isEqualTo(401);
		assertThat(refresh(refreshToken(second)).status()).isEqualTo(401);
		var again = login(email);
		assertThat(withToken(accessToken(again)).get("/api/me").status()).as("a new login works").isEqualTo(200);
	}

	@Test
	void revokingOneRefreshTokenEndsItsFamilyOnly() {
		var email = newLearner();
		var first = login(email);
		var second = login(email);
		var stranger = login(newLearner());

		assertThat(withToken(accessToken(stranger))
			.post("/api/token/revocation", Map.of("refresh_token", refreshToken(first)))
			.status()).as("someone else's token: nothing happens").isEqualTo(204);
		assertThat(withToken(accessToken(second))
			.post("/api/token/revocation", Map.of("refresh_token", refreshToken(first)))
			.status()).isEqualTo(204);

		assertThat(refresh(refreshToken(first)).status()).isEqualTo(401);
		assertThat(refresh(refreshToken(second)).status()).isEqualTo(200);
		assertThat(refresh(refreshToken(stranger)).status()).isEqualTo(200);
	}

	@Test
	void loggingOutOfThePagesEndsTheApiTokens() {
		var email = newLearner();
		var tokens = login(email);
		var api = withToken(accessToken(tokens));
		assertThat(api.get("/api/me").status()).isEqualTo(200);
		var browser = new PageClient(baseUrl());
		browser.login(email, PASSWORD);
		browser.get("/profil");

		assertThat(browser.post("/deconnexion", Map.of()).location()).endsWith("/?logout");

		assertThat(api.get("/api/me").status()).isEqualTo(401);
		assertThat(refresh(refreshToken(tokens)).status()).isEqualTo(401);
	}

	@Test
	void supportRevokesSomeonesTokens() {
		var learner = login(newLearner());
		var support = withToken(accessToken(login(newUser(Role.SUPPORT))));
		var id = withToken(accessToken(learner)).get("/api/me").body().get("id").asString();

		assertThat(support.post("/api/admin/users/" + id + "/token-revocation", "").status()).isEqualTo(204);
		assertThat(withToken(accessToken(learner)).get("/api/me").status()).isEqualTo(401);
		assertThat(refresh(refreshToken(learner)).status()).isEqualTo(401);
		var unknown = support.post("/api/admin/users/" + UUID.randomUUID() + "/token-revocation", "");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("code").asString()).isEqualTo("USER_NOT_FOUND");
	}

	private String newLearner() {
		return newUser(Role.LEARNER);
	}

	private String newUser(Role role) {
		var email = "tokens-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Token", "Martin", email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, role)));
		return email;
	}

	private ApiClient.Response login(String email) {
		var response = new ApiClient(baseUrl()).login(email, PASSWORD);
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return response;
	}

	private ApiClient.Response refresh(String refreshToken) {
		return new ApiClient(baseUrl()).post("/api/token", Map.of("refresh_token", refreshToken));
	}

	private ApiClient withToken(String accessToken) {
		var api = new ApiClient(baseUrl());
		api.useToken(accessToken);
		return api;
	}

	private static String accessToken(ApiClient.Response tokens) {
		return tokens.body().get("access_token").asString();
	}

	private static String refreshToken(ApiClient.Response tokens) {
		return tokens.body().get("refresh_token").asString();
	}

}

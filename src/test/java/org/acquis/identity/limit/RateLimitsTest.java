package org.acquis.identity.limit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.identity.IdentitySettings;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limits hold under parallel requests: a check that reserves before the
 * work, not one that counts after it.
 */
class RateLimitsTest extends IntegrationTest {

	@Autowired
	SignUpLimit signUps;

	@Autowired
	IdentitySettings settings;

	@Test
	void sixtyParallelWrongLoginsFromOneAddressMakeExactlyThirtyPasswordChecks() {
		startOfAMinute();
		try {
			var statuses = parallel(60,
					i -> "{\"username\":\"nobody-" + i + "@example.org\",\"password\":\"Wrong1234\"}", "/api/token");
			assertThat(statuses).containsEntry(401, 30L).containsEntry(429, 30L).hasSize(2);
		}
		finally {
			// the whole suite logs in from 127.0.0.1: leave the next minute open
			this.clock.advance(Duration.ofMinutes(1));
		}
	}

	@Test
	void oneAddressSignsUpAtMostTheLimitAMinuteEveryAttemptCounted() {
		startOfAMinute();
		this.signUps.limits(3, 1000);
		try {
			var api = new ApiClient(baseUrl());
			assertThat(api.post("/api/users", signUp("Ana")).status()).isEqualTo(201);
			assertThat(api.post("/api/users", Map.of("firstName", "No terms")).status()).as("counted too")
				.isEqualTo(400);
			assertThat(api.post("/api/users", signUp("Bea")).status()).isEqualTo(201);
			var refused = api.post("/api/users", signUp("Cleo"));
			expectTooManySignUps(refused);
			assertThat(refused.body().get("detail").asString()).contains("Trop de créations de compte");

			var page = new PageClient(baseUrl());
			page.get("/inscription");
			var form = page.post("/inscription", signUpForm("Dora"));
			assertThat(form.status()).isEqualTo(429);
			assertThat(form.body()).contains("Trop de créations de compte").contains("value=\"Dora\"");
		}
		finally {
			restoreLimits();
		}
	}

	@Test
	void anIpv6ClientCountsAsItsWholeSlash64() {
		startOfAMinute();
		this.signUps.limits(2, 1000);
		try {
			// the tests' client plays the trusted balancer: X-Forwarded-For is the client
			var api = new ApiClient(baseUrl());
			for (var client : new String[] { "2001:db8:1:2::1", "2001:db8:1:2::2" }) {
				assertThat(signUpFrom(api, client, "Ivy").status()).isEqualTo(201);
			}
			expectTooManySignUps(signUpFrom(api, "2001:db8:1:2:ffff::3", "Jo"));
			assertThat(signUpFrom(api, "2001:db8:1:3::1", "Kim").status()).as("another /64").isEqualTo(201);
		}
		finally {
			restoreLimits();
		}
	}

	private static ApiClient.Response signUpFrom(ApiClient api, String client, String firstName) {
		var body = "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Martin\",\"email\":\"" + newEmail()
				+ "\",\"password\":\"Secret123\",\"acceptTerms\":true}";
		return api.send("POST", "/api/users", "application/json",
				body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("X-Forwarded-For", client));
	}

	@Test
	void theNodeSignsUpAtMostItsCeilingAMinuteFromAllAddresses() {
		startOfAMinute();
		this.signUps.limits(1000, 2);
		try {
			var page = new PageClient(baseUrl());
			page.get("/inscription");
			assertThat(page.post("/inscription", signUpForm("Eve")).location()).endsWith("/profil");
			assertThat(new ApiClient(baseUrl()).post("/api/users", signUp("Fay")).status()).isEqualTo(201);
			expectTooManySignUps(new ApiClient(baseUrl()).post("/api/users", signUp("Gil")));
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(new ApiClient(baseUrl()).post("/api/users", signUp("Hal")).status()).as("a new minute")
				.isEqualTo(201);
		}
		finally {
			restoreLimits();
		}
	}

	private void expectTooManySignUps(ApiClient.Response response) {
		assertThat(response.status()).as(response.raw()).isEqualTo(429);
		assertThat(response.body().get("code").asString()).isEqualTo("TOO_MANY_SIGNUPS");
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
	}

	private void restoreLimits() {
		this.signUps.limits(this.settings.signupsPerMinute(), this.settings.signupsPerNodePerMinute());
	}

	private static Map<String, Object> signUp(String firstName) {
		return Map.of("firstName", firstName, "lastName", "Martin", "email", newEmail(), "password", "Secret123",
				"acceptTerms", true);
	}

	private static Map<String, String> signUpForm(String firstName) {
		return Map.of("firstName", firstName, "lastName", "Martin", "email", newEmail(), "password", "Secret123",
				"acceptTerms", "true");
	}

	private static String newEmail() {
		return "limit-" + UUID.randomUUID() + "@example.org";
	}

	/** Answers counted by status. */
	private Map<Integer, Long> parallel(int count, Function<Integer, String> body, String path) {
		var http = HttpClient.newHttpClient();
		var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
		for (int i = 0; i < count; i++) {
			answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
				.build(), HttpResponse.BodyHandlers.ofString()));
		}
		return answers.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
	}

	/** The limits count per minute of the (test) clock: start at the beginning of one. */
	private void startOfAMinute() {
		this.clock.advance(Duration.ofMillis(60_000 - this.clock.millis() % 60_000));
	}

}

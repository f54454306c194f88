package org.acquis.security;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer: the test suite's context trusts 127.0.0.1 as its proxy
 * ({@code server.tomcat.remoteip.internal-proxies} in {@link IntegrationTest}), so
 * X-Forwarded-For gives the client address and X-Forwarded-Proto the scheme. A node that
 * trusts no proxy (the default) ignores them: {@link SessionsAcrossNodesTest}.
 */
class ForwardedHeadersTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	@Test
	void theLoginLimitCountsTheClientAddressGivenByTheTrustedProxy() {
		var email = signUp();
		this.clock.advance(Duration.ofMinutes(1));
		try {
			var attacker = Map.of("X-Forwarded-For", "203.0.113.66");
			ApiClient.Response limited = null;
			for (int attempt = 0; attempt < 70 && limited == null; attempt++) {
				var response = login(attacker, "nobody-" + attempt + "@example.org", "Wrong1234");
				if (response.status() == 429) {
					limited = response;
				}
			}
			assertThat(limited).as("the attacker's address is limited").isNotNull();
			assertThat(login(attacker, email, PASSWORD).status()).isEqualTo(429);
			assertThat(login(Map.of("X-Forwarded-For", "198.51.100.7"), email, PASSWORD).status())
				.as("another client behind the same balancer logs in")
				.isEqualTo(200);
			assertThat(login(Map.of("X-Forwarded-For", "203.0.113.66, 198.51.100.8"), email, PASSWORD).status())
				.as("the balancer appends the real client to a forged header")
				.isEqualTo(200);
			assertThat(login(Map.of(), email, PASSWORD).status()).as("the balancer itself").isEqualTo(200);
		}
		finally {
			this.clock.advance(Duration.ofMinutes(1));
		}
	}

	@Test
	void tlsAtTheBalancerGivesHstsAndASecureSessionCookie() {
		var api = new ApiClient(baseUrl());
		var https = Map.of("X-Forwarded-Proto", "https");
		var page = api.send("GET", "/connexion", null, null, https);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
		assertThat(api.send("GET", "/api/frameworks", null, null, https).header("Strict-Transport-Security"))
			.as("the API too")
			.contains("max-age=31536000");

		var plain = api.send("GET", "/connexion", null, null, Map.of());
		assertThat(plain.header("Strict-Transport-Security")).as("never over plain HTTP").isNull();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.noneSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
	}

	@Test
	void aForgedForwardedForThroughTheBalancerDoesNotOpenTheMetrics() {
		var api = new ApiClient(baseUrl());
		assertThat(
				api.send("GET", "/actuator/prometheus", null, null, Map.of("X-Forwarded-For", "203.0.113.9")).status())
			.as("a client behind the balancer")
			.isNotEqualTo(200);
		assertThat(
				api.send("GET", "/actuator/prometheus", null, null, Map.of("X-Forwarded-For", "127.0.0.1, 203.0.113.9"))
					.status())
			.as("a client forging a loopback address, the balancer appending its real one")
			.isNotEqualTo(200);
		assertThat(api.get("/actuator/prometheus").status()).as("the scraper on the node's host").isEqualTo(200);
	}

	@Test
	void theHostHeaderIsNotReflectedInRedirectsNorInTheApiDescription() throws IOException {
		var redirect = raw("GET /profil HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
		var description = raw("GET /api/openapi.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(description).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
	}

	private String raw(String request) throws IOException {
		try (var socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private ApiClient.Response login(Map<String, String> headers, String username, String password) {
		return new ApiClient(baseUrl()).send("POST", "/api/token", "application/json",
				("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
					.getBytes(StandardCharsets.UTF_8),
				headers);
	}

	private String signUp() {
		this.clock.advance(Duration.ofMinutes(1));
		var email = "proxy-" + UUID.randomUUID() + "@example.org";
		var created = new ApiClient(baseUrl()).post("/api/users", Map.of("firstName", "Pro", "lastName", "Martin",
				"email", email, "password", PASSWORD, "locale", "fr", "acceptTerms", true));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return email;
	}

}

package org.acquis.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.zaxxer.hikari.HikariDataSource;
import org.acquis.AcquisApplication;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP sessions live in the database: a login made on one node is valid on another node
 * of the same database (no sticky sessions), anonymous sessions expire soon, logged-in
 * ones after 8 hours, and the session id never travels in URLs.
 */
class SessionsAcrossNodesTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginOnOneNodeIsValidOnAnotherNodeAndLogoutEndsItEverywhere() throws Exception {
		var email = signUp();
		var data = Files.createTempDirectory("acquis-node2-");
		Scheduler jobsOfNode2;
		try (var node2 = new SpringApplicationBuilder(AcquisApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + ((HikariDataSource) this.dataSource).getJdbcUrl(),
					"spring.datasource.username=postgres", "acquis.data-dir=" + data,
					"spring.modulith.events.republish-outstanding-events-on-restart=false", "server.shutdown=immediate",
					"spring.main.allow-bean-definition-overriding=true", "acquis.identity.login-attempts-per-minute=3")
			.run()) {
			var secondBase = "http://127.0.0.1:" + ((WebServerApplicationContext) node2).getWebServer().getPort();
			var browser = new PageClient(baseUrl());
			assertThat(browser.login(email, PASSWORD).location()).endsWith("/profil");
			assertThat(browser.cookie("SESSION")).as("Spring Session's cookie").isNotNull();

			var sameBrowserOnNode2 = browser.onNode(secondBase);
			var profile = sameBrowserOnNode2.get("/profil");
			assertThat(profile.status()).as("logged in on node 2 too").isEqualTo(200);

			var logout = sameBrowserOnNode2.post("/deconnexion", Map.of());
			assertThat(logout.status()).as("the CSRF token of node 1's page is valid on node 2").isEqualTo(302);
			assertThat(browser.get("/profil").location()).as("logged out on node 1 as well").endsWith("/connexion");

			untrustedPeersCannotForgeForwardedHeaders(secondBase, email);
			jobsOfNode2 = node2.getBean(Scheduler.class);
			assertThat(jobsOfNode2.getSchedulerState().isStarted()).as("node 2 runs background jobs too").isTrue();
		}
		assertThat(jobsOfNode2.getSchedulerState().isShuttingDown()).as("its jobs stop with the node").isTrue();
	}

	/**
	 * Node 2 trusts no proxy (the default): a client reaching it directly cannot choose
	 * its address nor its scheme.
	 */
	private void untrustedPeersCannotForgeForwardedHeaders(String node, String email) {
		var api = new ApiClient(node);
		var https = api.send("GET", "/connexion", null, null, Map.of("X-Forwarded-Proto", "https"));
		assertThat(https.header("Strict-Transport-Security")).isNull();
		assertThat(https.headers().allValues("Set-Cookie"))
			.noneSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
		for (int i = 0; i < 3; i++) {
			assertThat(login(api, "203.0.113.66", email, "Wrong1234").status()).isEqualTo(401);
		}
		assertThat(login(api, "198.51.100.7", email, PASSWORD).status()).as("X-Forwarded-For ignored: same client")
			.isEqualTo(429);
	}

	private static ApiClient.Response login(ApiClient api, String forwardedFor, String email, String password) {
		return api.send("POST", "/api/token", "application/json",
				("{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8),
				Map.of("X-Forwarded-For", forwardedFor));
	}

	@Test
	void anonymousSessionsAreShortLivedAndALoginMakesItsSessionLastEightHours() {
		var visitor = new PageClient(baseUrl());
		visitor.get("/connexion");
		assertThat(maxInactiveInterval(visitor)).as("an anonymous session, made for the CSRF token").isEqualTo(1800);

		var email = signUp();
		var learner = new PageClient(baseUrl());
		learner.login(email, PASSWORD);
		assertThat(learner.get("/profil").status()).isEqualTo(200);
		assertThat(maxInactiveInterval(learner)).as("a logged-in session").isEqualTo(8 * 3600);
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name IS NOT NULL")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theSessionIdIsNeverWrittenIntoLinks() {
		// a cookie-less form post refused by CSRF (an expired session submitting the
		// login form) is sent to the login page (issue 16): neither that address nor the
		// page's links may carry the session id
		var client = new ApiClient(baseUrl());
		var stale = client.send("POST", "/connexion", "application/x-www-form-urlencoded",
				"login=x%40example.org&password=x&_csrf=stale".getBytes(StandardCharsets.UTF_8),
				Map.of("Accept", "text/html"));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(stale.header("Location")).contains("/connexion?expired").doesNotContainIgnoringCase("jsessionid");
		var login = client.send("GET", "/connexion?expired", "text/html", new byte[0], Map.of("Accept", "text/html"));
		assertThat(login.raw()).contains("href=").doesNotContainIgnoringCase("jsessionid");
	}

	private int maxInactiveInterval(PageClient browser) {
		var cookie = browser.cookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		var id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		return this.jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private String signUp() {
		this.clock.advance(java.time.Duration.ofMinutes(1));
		var email = "node-" + UUID.randomUUID() + "@example.org";
		var created = new ApiClient(baseUrl()).post("/api/users", Map.of("firstName", "Nod", "lastName", "Martin",
				"email", email, "password", PASSWORD, "locale", "fr", "acceptTerms", true));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return email;
	}

}

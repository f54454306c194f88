package org.acquis.shared;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored replies of Idempotency-Keys: whose they are and how long they are kept. */
class IdempotentRequestsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoggedInCallerReusingAKeyForAnotherRequestIsTold() {
		var api = learner();
		var key = UUID.randomUUID().toString();
		var first = api.post("/api/competence-evaluations", Map.of("competence", "1.1"), key);
		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		var retry = api.post("/api/competence-evaluations", Map.of("competence", "1.1"), key);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.raw()).isEqualTo(first.raw());
		var other = api.post("/api/competence-evaluations", Map.of("competence", "1.2"), key);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.body().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void anonymousCallersUsingTheSameKeyDoNotShareReplies() {
		var key = "signup-" + UUID.randomUUID();
		var one = new ApiClient(baseUrl()).post("/api/users", signUp(), key);
		var another = new ApiClient(baseUrl()).post("/api/users", signUp(), key);
		assertThat(one.status()).isEqualTo(201);
		assertThat(another.status()).as("another school's script, same key").isEqualTo(201);
		assertThat(another.header("Idempotent-Replayed")).isNull();
		assertThat(another.body().get("id").asString()).isNotEqualTo(one.body().get("id").asString());
	}

	@Test
	void storedRepliesAreForgottenAfterADay() {
		this.clock.advance(Duration.ofMinutes(1));
		var api = new ApiClient(baseUrl());
		var email = api.signUpAndLogin("Idem");
		var key = UUID.randomUUID().toString();
		assertThat(api.post("/api/competence-evaluations", Map.of("competence", "2.1"), key).status()).isEqualTo(201);
		assertThat(stored(key)).isOne();

		this.clock.advance(Duration.ofHours(25));
		api.login(email, "Secret123");
		var late = api.post("/api/competence-evaluations", Map.of("competence", "2.1"), key);
		assertThat(late.header("Idempotent-Replayed")).as("a reply older than a day is not replayed").isNull();
	}

	@Test
	void storingAReplyDeletesNoOtherReply() {
		this.clock.advance(Duration.ofMinutes(1));
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Idem");
		var key = UUID.randomUUID().toString();
		assertThat(api.post("/api/competence-evaluations", Map.of("competence", "2.1"), key).status()).isEqualTo(201);

		this.clock.advance(Duration.ofHours(25));
		var other = learner().post("/api/competence-evaluations", Map.of("competence", "2.2"),
				UUID.randomUUID().toString());
		assertThat(other.status()).isEqualTo(201);
		assertThat(stored(key)).as("old replies are deleted by their job (JobsTest), not on a request's way").isOne();
	}

	private long stored(String key) {
		return this.jdbc.sql("SELECT count(*) FROM shared_idempotent_request WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private ApiClient learner() {
		this.clock.advance(Duration.ofMinutes(1));
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Idem");
		return api;
	}

	private static Map<String, Object> signUp() {
		return Map.of("firstName", "Ana", "lastName", "Martin", "email", "idem-" + UUID.randomUUID() + "@example.org",
				"password", "Secret123", "locale", "fr", "acceptTerms", true);
	}

}

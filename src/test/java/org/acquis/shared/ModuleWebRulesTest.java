package org.acquis.shared;

import java.util.Map;
import java.util.UUID;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the modules declare reach the web edge: an answer keeps its own
 * Idempotency-Key (evaluation), a login's response is never stored (identity), the
 * frameworks are public (referential).
 */
class ModuleWebRulesTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnswerKeepsItsOwnKeyAndTheGenericFilterLeavesItAlone() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Rules");
		var assessment = api.post("/api/competence-evaluations", Map.of("competence", "3.1"))
			.body()
			.get("assessmentId")
			.asString();
		var challenge = api.get("/api/assessments/" + assessment + "/next-challenge")
			.body()
			.get("challengeId")
			.asString();
		var key = UUID.randomUUID().toString();
		var answer = Map.of("challengeId", challenge, "skipped", true);

		var first = api.post("/api/assessments/" + assessment + "/answers", answer, key);
		var again = api.post("/api/assessments/" + assessment + "/answers", answer, key);

		assertThat(first.status()).as(first.raw()).isEqualTo(201);
		assertThat(again.body().get("answerId")).isEqualTo(first.body().get("answerId"));
		assertThat(again.header("Idempotent-Replayed")).as("replayed by the answer itself").isNull();
		assertThat(stored(key)).isZero();
	}

	@Test
	void aLoginIsNeverStoredAndTheFrameworksArePublic() {
		var api = new ApiClient(baseUrl());
		var email = api.signUpAndLogin("Rules");
		var key = UUID.randomUUID().toString();

		assertThat(api.post("/api/token", Map.of("username", email, "password", "Secret123"), key).status())
			.isEqualTo(200);
		assertThat(stored(key)).isZero();
		assertThat(new ApiClient(baseUrl()).get("/api/frameworks").status()).isEqualTo(200);
	}

	private long stored(String key) {
		return this.jdbc.sql("SELECT count(*) FROM shared_idempotent_request WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

}

package org.acquis.identity.recovery;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, HIGH-2: support ends a lockout; the act is audited. */
class UnblockTest extends IntegrationTest {

	private static final String PASSWORD = "Vert-Orage9";

	@Autowired
	RegisterUser registerUser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void supportEndsALockoutAndTheActIsAudited() {
		this.clock.advance(Duration.ofMinutes(1));
		var learner = "blocked-" + UUID.randomUUID() + "@example.org";
		var learnerId = register(learner, Role.LEARNER);
		var support = new ApiClient(baseUrl());
		var supportId = register("support-" + UUID.randomUUID() + "@example.org", Role.SUPPORT);
		support.login(this.jdbc.sql("SELECT email FROM identity_user WHERE id = ?")
			.param(supportId)
			.query(String.class)
			.single(), PASSWORD);
		var api = new ApiClient(baseUrl());
		for (int i = 0; i < 10; i++) {
			api.login(learner, "Wrong-" + i + "x");
		}
		assertThat(api.login(learner, PASSWORD).status()).isEqualTo(423);

		var unblocked = support.post("/api/admin/users/" + learnerId + "/unblock", Map.of());
		assertThat(unblocked.status()).as(unblocked.raw()).isEqualTo(204);
		assertThat(api.login(learner, PASSWORD).status()).isEqualTo(200);
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM identity_audit_event WHERE actor_id = ? AND action = 'UNBLOCK' AND target_user_id = ?")
			.params(supportId, learnerId)
			.query(Integer.class)
			.single()).isEqualTo(1);

		var unknown = support.post("/api/admin/users/" + UUID.randomUUID() + "/unblock", Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("code").asString()).isEqualTo("USER_NOT_FOUND");
		assertThat(api.post("/api/admin/users/" + learnerId + "/unblock", Map.of()).status()).as("a learner")
			.isEqualTo(403);
	}

	private UUID register(String email, Role role) {
		return this.registerUser.register(new RegisterUser.Registration("Ana", "Bel", email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, role)));
	}

}

package org.acquis.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Every module's web rules, put together for the web edge. */
class WebRulesTest {

	@Test
	void theRulesOfAllModulesAddUp() {
		var one = WebRules.builder()
			.publicApi(HttpMethod.GET, "/api/a/**")
			.publicApi(HttpMethod.POST, "/api/a/sign")
			.publicPages("/a")
			.ownIdempotency("/api/a/*/items")
			.bodyLimit("/api/a/*/items", DataSize.ofKilobytes(16))
			.build();
		var two = WebRules.builder()
			.publicApi(HttpMethod.GET, "/api/b")
			.publicPages("/b")
			.secretResponses("/api/b/token")
			.landingPage("/b/home")
			.build();

		var all = WebRules.combined(List.of(one, two));

		assertThat(all.publicApi(HttpMethod.GET)).containsExactly("/api/a/**", "/api/b");
		assertThat(all.publicApi(HttpMethod.POST)).containsExactly("/api/a/sign");
		assertThat(all.publicApi(HttpMethod.DELETE)).isEmpty();
		assertThat(all.publicPages()).containsExactly("/a", "/b");
		assertThat(all.ownIdempotency()).containsExactly("/api/a/*/items");
		assertThat(all.secretResponses()).containsExactly("/api/b/token");
		assertThat(all.bodyLimits()).containsEntry("/api/a/*/items", DataSize.ofKilobytes(16));
		assertThat(all.landingPage()).isEqualTo("/b/home");
	}

	@Test
	void twoModulesCannotClaimTheSameLimitOrTheLandingPage() {
		var limit = WebRules.builder().bodyLimit("/api/x", DataSize.ofKilobytes(1)).build();
		var landing = WebRules.builder().landingPage("/x").build();

		assertThatIllegalStateException().isThrownBy(() -> WebRules.combined(List.of(limit, limit)));
		assertThatIllegalStateException().isThrownBy(() -> WebRules.combined(List.of(landing, landing)));
	}

}

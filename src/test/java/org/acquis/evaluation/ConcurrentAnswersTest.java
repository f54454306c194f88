package org.acquis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browser tabs answer the same question at the same instant: one answer is recorded,
 * never two.
 */
class ConcurrentAnswersTest extends IntegrationTest {

	private static final int ROUNDS = 10;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoTabsAnsweringTheSameQuestionRecordOneAnswer() throws Exception {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Tabs");
		var assessment = start(api, "2.2");
		for (int round = 0; round < ROUNDS; round++) {
			var challenge = current(api, assessment);
			if (challenge == null) {
				break;
			}
			var results = together(() -> answer(api, assessment, challenge, null),
					() -> answer(api, assessment, challenge, null));

			assertThat(results).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
			var refused = results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
			assertThat(refused.body().get("code").asString()).isEqualTo("CHALLENGE_NOT_CURRENT");
		}
		assertAnswersCountMatchesRows(api, assessment);
	}

	@Test
	void twoTabsRetryingWithTheSameKeyGetTheSameAnswer() throws Exception {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Retry");
		var assessment = start(api, "2.4");
		for (int round = 0; round < ROUNDS; round++) {
			var challenge = current(api, assessment);
			if (challenge == null) {
				break;
			}
			var key = UUID.randomUUID().toString();
			var results = together(() -> answer(api, assessment, challenge, key),
					() -> answer(api, assessment, challenge, key));

			assertThat(results).extracting(ApiClient.Response::status).containsExactly(201, 201);
			assertThat(results.get(0).body().get("answerId").asString())
				.isEqualTo(results.get(1).body().get("answerId").asString());
			assertThat(results.get(0).body().get("nextChallenge")).as("and the same next question")
				.isEqualTo(results.get(1).body().get("nextChallenge"));
		}
		assertAnswersCountMatchesRows(api, assessment);
	}

	private void assertAnswersCountMatchesRows(ApiClient api, String assessment) {
		int answers = api.get("/api/assessments/" + assessment).body().get("answers").asInt();
		long rows = this.jdbc.sql("SELECT count(*) FROM evaluation_answer WHERE assessment_id = ?::uuid")
			.param(assessment)
			.query(Long.class)
			.single();
		assertThat(answers).isPositive();
		assertThat(rows).isEqualTo(answers);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM evaluation_knowledge_element WHERE assessment_id = ?::uuid
				AND answer_id NOT IN (SELECT id FROM evaluation_answer)""")
			.param(assessment)
			.query(Long.class)
			.single()).as("no knowledge element of a lost answer").isZero();
	}

	private static String start(ApiClient api, String competence) {
		return api.post("/api/competence-evaluations", Map.of("competence", competence))
			.body()
			.get("assessmentId")
			.asString();
	}

	private static String current(ApiClient api, String assessment) {
		var next = api.get("/api/assessments/" + assessment + "/next-challenge");
		return next.status() == 204 ? null : next.body().get("challengeId").asString();
	}

	private static ApiClient.Response answer(ApiClient api, String assessment, String challenge, String key) {
		// skipped: a valid answer to any type of question
		return api.post("/api/assessments/" + assessment + "/answers",
				Map.of("challengeId", challenge, "skipped", true), key);
	}

	/**
	 * Both calls leave at the same instant, from two threads (two tabs of one browser).
	 */
	private static List<ApiClient.Response> together(java.util.function.Supplier<ApiClient.Response> first,
			java.util.function.Supplier<ApiClient.Response> second) throws Exception {
		var barrier = new CyclicBarrier(2);
		try (var threads = Executors.newFixedThreadPool(2)) {
			var futures = new ArrayList<CompletableFuture<ApiClient.Response>>();
			for (var call : List.of(first, second)) {
				futures.add(CompletableFuture.supplyAsync(() -> {
					try {
						barrier.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return call.get();
				}, threads));
			}
			return futures.stream().map(CompletableFuture::join).toList();
		}
	}

}

package org.acquis.evaluation;

import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing per answer on the hot path: an answer that does not end the assessment
 * publishes no module event (so nothing is written to {@code event_publication}, and no
 * background work is started); the last one publishes {@link AssessmentCompleted}, once.
 */
class HotPathEventsTest extends IntegrationTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersPublishNothingButAssessmentCompletedAtTheEnd() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Hot");
		var assessment = api.post("/api/competence-evaluations", Map.of("competence", "1.3"))
			.body()
			.get("assessmentId")
			.asString();
		var current = api.get(path(assessment, "next-challenge")).body().get("challengeId").asString();
		// publication dates come from the product's clock, which the tests move forward
		var since = Timestamp.from(this.clock.instant());
		var published = new CopyOnWriteArrayList<Object>();
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload().getClass().getName().startsWith("org.acquis.")) {
				published.add(payload.getPayload());
			}
		};
		this.context.addApplicationListener(listener);
		try {
			int answers = 0;
			while (current != null) {
				var answered = api.post(path(assessment, "answers"), Map.of("challengeId", current, "skipped", true),
						UUID.randomUUID().toString());
				assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
				answers++;
				var next = answered.body().get("nextChallenge");
				current = next.isNull() ? null : next.get("challengeId").asString();
				if (current != null) {
					assertThat(published).as("after answer %d, which does not end the assessment", answers).isEmpty();
					assertThat(publicationsSince(since)).isZero();
				}
			}
			assertThat(answers).isGreaterThan(1);
		}
		finally {
			this.multicaster.removeApplicationListener(listener);
		}
		assertThat(published).singleElement()
			.isInstanceOfSatisfying(AssessmentCompleted.class,
					completed -> assertThat(completed.assessmentId().toString()).isEqualTo(assessment));
	}

	private long publicationsSince(Timestamp since) {
		return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE publication_date >= ?")
			.param(since)
			.query(Long.class)
			.single();
	}

	private static String path(String assessment, String rest) {
		return "/api/assessments/" + assessment + "/" + rest;
	}

}

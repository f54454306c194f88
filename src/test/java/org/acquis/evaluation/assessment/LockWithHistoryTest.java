package org.acquis.evaluation.assessment;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock and the history in one statement: the history read is the one at the start of
 * the statement, so a lock granted after another answer committed says the history is
 * stale, and the answer reads it again.
 */
class LockWithHistoryTest extends IntegrationTest {

	private static final Map<String, KnowledgeElements.Place> PLACES = Map.of("skill-x",
			new KnowledgeElements.Place("tube-x", "crcn", "1.1"));

	@Autowired
	LockWithHistory locks;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutAnotherAnswerTheHistoryIsTheLearnersElementsInTheCompetences() {
		var started = start("Solo");
		insertElement(this.jdbc, started.userId(), "1.1");
		insertElement(this.jdbc, started.userId(), "2.1");

		var locked = this.transactions
			.execute(status -> this.locks.lock(started.id(), started.userId(),
					List.of(new KnowledgeElements.Place("any", "crcn", "1.1"))))
			.orElseThrow();

		assertThat(locked.assessment().id()).isEqualTo(started.id());
		assertThat(locked.stale()).isFalse();
		assertThat(locked.history()).hasSize(1);
		assertThat(locked.historyOf(PLACES)).hasValueSatisfying(history -> assertThat(history).hasSize(1));
		assertThat(locked.historyOf(Map.of("skill-x", new KnowledgeElements.Place("tube-x", "crcn", "2.1"))))
			.as("a competence not read")
			.isEmpty();
	}

	@Test
	void aLockGrantedAfterAnotherAnswerCommittedSaysTheHistoryIsStale() throws Exception {
		var started = start("Waits");
		try (Connection other = this.dataSource.getConnection(); var executor = Executors.newSingleThreadExecutor()) {
			other.setAutoCommit(false);
			try (var statement = other.createStatement()) {
				statement.execute("SELECT 1 FROM evaluation_assessment WHERE id = '" + started.id() + "' FOR UPDATE");
				statement.execute(
						"UPDATE evaluation_assessment SET answers = answers + 1 WHERE id = '" + started.id() + "'");
				statement.execute("INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, framework_code,"
						+ " competence_code, status, source, created_at) VALUES ('" + started.userId()
						+ "', 'skill-x', 'tube-x', 'crcn', '1.1', 'VALIDATED', 'DIRECT', now())");
			}
			var waiting = executor.submit(() -> this.transactions.execute(status -> this.locks.lock(started.id(),
					started.userId(), List.of(new KnowledgeElements.Place("any", "crcn", "1.1"))))
				.orElseThrow());
			while (!waitsForALock()) {
				Thread.onSpinWait();
			}
			other.commit();

			var locked = waiting.get();
			assertThat(locked.assessment().answers()).as("the locked row is the newest").isEqualTo(1);
			assertThat(locked.history()).as("read as the statement began").isEmpty();
			assertThat(locked.stale()).isTrue();
			assertThat(locked.historyOf(PLACES)).as("to be read again").isEmpty();
		}
	}

	private boolean waitsForALock() {
		return this.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE wait_event_type = 'Lock' AND query LIKE '%WITH locked AS%'""").query(Long.class).single() > 0;
	}

	private Assessment start(String name) {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin(name);
		var id = api.post("/api/competence-evaluations", Map.of("competence", "1.1"))
			.body()
			.get("assessmentId")
			.asString();
		var assessment = this.jdbc.sql("SELECT " + Assessments.COLUMNS + " FROM evaluation_assessment WHERE id = ?")
			.param(UUID.fromString(id))
			.query(Assessments::map)
			.single();
		return assessment;
	}

	private static void insertElement(JdbcClient jdbc, UUID userId, String competence) {
		jdbc.sql(
				"""
						INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, framework_code, competence_code, status,
						  source, created_at) VALUES (?, 'skill-x', 'tube-x', 'crcn', ?, 'VALIDATED', 'DIRECT', now())""")
			.params(userId, competence)
			.update();
	}

}

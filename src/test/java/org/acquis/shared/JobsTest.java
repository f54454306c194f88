package org.acquis.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import io.micrometer.core.instrument.MeterRegistry;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background jobs: the clean-ups of the shared tables run as recurring db-scheduler tasks
 * (one node at a time), each keeping its rule.
 */
class JobsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotentRepliesPurge idempotentReplies;

	@Autowired
	EventPublicationUpkeep events;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ExpiredSessionsPurge sessions;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyRecurringTaskIsScheduledOnceAndRunsAtStartUp() {
		for (var task : new String[] { SharedJobs.IDEMPOTENT_REPLIES_PURGE, SharedJobs.COMPLETED_EVENTS_PURGE,
				SharedJobs.FAILED_EVENTS_RETRY, SharedJobs.EXPIRED_SESSIONS_PURGE }) {
			assertThat(awaitLastSuccess(task)).as(task + " ran").isNotNull();
			assertThat(this.meters.find("dbscheduler_task_completions").tag("task", task).counters())
				.as("counted per task and result")
				.isNotEmpty();
		}
	}

	@Test
	void aTaskScheduledInATransactionIsScheduledOnlyIfItCommits() {
		var task = TaskDescriptor.of("jobs-test-" + UUID.randomUUID(), String.class);
		try {
			this.transactions.executeWithoutResult(status -> {
				this.scheduler.scheduleIfNotExists(task.instance("rolled-back").data("x").scheduledTo(Instant.now()));
				status.setRollbackOnly();
			});
			this.transactions.executeWithoutResult(status -> this.scheduler.scheduleIfNotExists(
					task.instance("committed").data("x").scheduledTo(Instant.now().plusSeconds(3600))));

			assertThat(this.jdbc.sql("SELECT task_instance FROM scheduled_tasks WHERE task_name = ?")
				.param(task.getTaskName())
				.query(String.class)
				.list()).containsExactly("committed");
		}
		finally {
			this.jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ?").param(task.getTaskName()).update();
		}
	}

	@Test
	void idempotentRepliesAreKeptADayThenDeleted() {
		var now = this.clock.instant();
		var old = reply(now.minus(Duration.ofHours(24)).minusSeconds(60));
		var recent = reply(now.minus(Duration.ofHours(23)));

		assertThat(this.idempotentReplies.purge()).isPositive();

		assertThat(replies(old)).as("older than 24 h").isZero();
		assertThat(replies(recent)).as("younger than 24 h").isOne();
	}

	@Test
	void deliveredEventsAreKeptAnHourThenDeleted() {
		var now = this.clock.instant();
		var listener = "test-listener-" + UUID.randomUUID();
		var delivered = publication(listener, now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(61)));
		var deliveredLately = publication(listener, now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(59)));
		var pending = publication(listener, now.minus(Duration.ofDays(3)), null);

		try {
			this.events.purgeCompleted();

			assertThat(publications(listener)).containsExactlyInAnyOrder(deliveredLately, pending)
				.doesNotContain(delivered);
		}
		finally {
			this.jdbc.sql("DELETE FROM event_publication WHERE listener_id = ?").param(listener).update();
		}
	}

	@Test
	void expiredSessionsAreDeletedByTheirJob() {
		var expired = session(System.currentTimeMillis() - 60_000);
		var live = session(System.currentTimeMillis() + 600_000);

		this.sessions.purge();

		assertThat(sessionExists(expired)).isFalse();
		assertThat(sessionExists(live)).isTrue();
	}

	private String session(long expiryTime) {
		var id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
				max_inactive_interval, expiry_time) VALUES (?, ?, 0, 0, 1800, ?)""")
			.params(id, UUID.randomUUID().toString(), expiryTime)
			.update();
		return id;
	}

	private boolean sessionExists(String id) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = ?")
			.param(id)
			.query(Long.class)
			.single() == 1;
	}

	private String reply(Instant createdAt) {
		var key = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO shared_idempotent_request (caller, idempotency_key, request_hash, status, created_at)
				VALUES ('user:jobs', ?, 'hash', 201, ?)""").params(key, Timestamp.from(createdAt)).update();
		return key;
	}

	private long replies(String key) {
		return this.jdbc.sql("SELECT count(*) FROM shared_idempotent_request WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private UUID publication(String listener, Instant publishedAt, Instant completedAt) {
		var id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
				completion_date, status, completion_attempts) VALUES (?, ?, 'test.Event', '{}', ?, ?, ?, 1)""")
			.params(id, listener, Timestamp.from(publishedAt), completedAt == null ? null : Timestamp.from(completedAt),
					completedAt == null ? "FAILED" : "COMPLETED")
			.update();
		return id;
	}

	private List<UUID> publications(String listener) {
		return this.jdbc.sql("SELECT id FROM event_publication WHERE listener_id = ?")
			.param(listener)
			.query(UUID.class)
			.list();
	}

	/** The last success of a task, once it has one (10 s at most). */
	private Timestamp awaitLastSuccess(String task) {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Timestamp last = null;
		while (last == null && System.nanoTime() < deadline) {
			last = this.jdbc.sql("SELECT max(last_success) FROM scheduled_tasks WHERE task_name = ?")
				.param(task)
				.query(Timestamp.class)
				.single();
			if (last == null) {
				pause();
			}
		}
		return last;
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

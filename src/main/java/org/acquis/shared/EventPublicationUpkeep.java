package org.acquis.shared;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * The upkeep of Spring Modulith's event publication registry ({@code event_publication}),
 * as recurring jobs ({@link SharedJobs}): delivered events are deleted after
 * {@link JobSettings#completedEventsKept()}, events whose listener failed are delivered
 * again after {@link JobSettings#failedEventsRetryAfter()} (and on every restart:
 * {@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EventPublicationUpkeep {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FailedEventPublications failed;

	private final JobSettings settings;

	EventPublicationUpkeep(JdbcClient jdbc, Clock clock, FailedEventPublications failed, JobSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.failed = failed;
		this.settings = settings;
	}

	/** Deletes the events delivered before the time they are kept; returns how many. */
	int purgeCompleted() {
		return this.jdbc.sql("DELETE FROM event_publication WHERE completion_date < ?")
			.param(Timestamp.from(this.clock.instant().minus(this.settings.completedEventsKept())))
			.update();
	}

	/** Delivers again, to their listener, the failed events published long enough ago. */
	void retryFailed() {
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(this.settings.failedEventsRetryAfter())
			.withBatchSize(RETRY_BATCH));
	}

	static final int RETRY_BATCH = 100;

}

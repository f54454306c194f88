package org.acquis.shared;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clean-ups of the shared tables, as recurring db-scheduler tasks: one node runs each
 * at a time, whatever the number of nodes.
 */
@Configuration(proxyBeanMethods = false)
class SharedJobs {

	private static final Logger log = LoggerFactory.getLogger(SharedJobs.class);

	static final String IDEMPOTENT_REPLIES_PURGE = "shared-idempotent-replies-purge";

	static final String COMPLETED_EVENTS_PURGE = "shared-completed-events-purge";

	static final String FAILED_EVENTS_RETRY = "shared-failed-events-retry";

	static final String EXPIRED_SESSIONS_PURGE = "shared-expired-sessions-purge";

	@Bean
	RecurringTask<Void> idempotentRepliesPurgeTask(IdempotentRepliesPurge purge) {
		return Tasks.recurring(IDEMPOTENT_REPLIES_PURGE, FixedDelay.ofMinutes(1))
			.execute((instance, context) -> deleted("idempotent replies", purge.purge()));
	}

	@Bean
	RecurringTask<Void> completedEventsPurgeTask(EventPublicationUpkeep upkeep) {
		return Tasks.recurring(COMPLETED_EVENTS_PURGE, FixedDelay.ofMinutes(10))
			.execute((instance, context) -> deleted("delivered module events", upkeep.purgeCompleted()));
	}

	@Bean
	RecurringTask<Void> failedEventsRetryTask(EventPublicationUpkeep upkeep, JobSettings settings) {
		return Tasks.recurring(FAILED_EVENTS_RETRY, FixedDelay.of(settings.failedEventsRetryAfter()))
			.execute((instance, context) -> upkeep.retryFailed());
	}

	@Bean
	RecurringTask<Void> expiredSessionsPurgeTask(ExpiredSessionsPurge purge) {
		return Tasks.recurring(EXPIRED_SESSIONS_PURGE, FixedDelay.ofMinutes(1))
			.execute((instance, context) -> purge.purge());
	}

	private static void deleted(String what, int count) {
		if (count > 0) {
			log.debug("{} {} deleted", count, what);
		}
	}

}

package org.acquis.identity.upkeep;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's clean-up, hourly, as a recurring db-scheduler task. */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

	static final String EXPIRED_RECORDS_PURGE = "identity-expired-records-purge";

	@Bean
	RecurringTask<Void> expiredRecordsPurgeTask(ExpiredRecords records) {
		return Tasks.recurring(EXPIRED_RECORDS_PURGE, FixedDelay.ofHours(1))
			.execute((instance, context) -> records.purge());
	}

}

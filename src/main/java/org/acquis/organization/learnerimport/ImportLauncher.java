package org.acquis.organization.learnerimport;

import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.acquis.shared.JobsWakeUp;
import org.springframework.stereotype.Component;

/**
 * Schedules the import of a stored file as a background job ({@link ImportJobs}), due at
 * once: inside the upload's transaction, so the job exists if and only if the import
 * does. The node looks for it right after the commit ({@link JobsWakeUp}): the teacher
 * watching the progress does not wait for the next poll.
 */
@Component
class ImportLauncher {

	private final SchedulerClient scheduler;

	private final JobsWakeUp wakeUp;

	private final Clock clock;

	ImportLauncher(SchedulerClient scheduler, JobsWakeUp wakeUp, Clock clock) {
		this.scheduler = scheduler;
		this.wakeUp = wakeUp;
		this.clock = clock;
	}

	void launch(UUID importId) {
		this.scheduler.scheduleIfNotExists(ImportJobs.LEARNER_IMPORT.instance(importId.toString())
			.data(importId)
			.scheduledTo(this.clock.instant()));
		this.wakeUp.afterCommit();
	}

}

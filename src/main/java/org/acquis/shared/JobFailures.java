package org.acquis.shared;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What db-scheduler does not say by itself: an execution found dead (its node stopped
 * without finishing it) is named with its task before it runs again. A failed execution
 * is logged by db-scheduler itself, at WARN with the task's name and the stack trace, and
 * counted in {@code dbscheduler_task_completions_total{result="failed"}}.
 */
class JobFailures extends AbstractSchedulerListener {

	private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

	@Override
	public void onExecutionDead(Execution execution) {
		log.warn("Execution {} of task {} was left unfinished by {} (no heartbeat since {}): it runs again",
				execution.taskInstance.getId(), execution.taskInstance.getTaskName(), execution.pickedBy,
				execution.lastHeartbeat);
	}

}

package org.acquis.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes this node look for due jobs as soon as the current transaction commits: a job
 * scheduled for now (a pupil import a teacher is watching) starts at once rather than at
 * the next poll ({@code acquis.jobs.polling-interval}, 10 s). Without a transaction, it
 * looks at once. Off with {@code acquis.jobs.wake-on-schedule=false}.
 */
@Component
public class JobsWakeUp {

	private final ObjectProvider<Scheduler> scheduler;

	private final JobSettings settings;

	JobsWakeUp(ObjectProvider<Scheduler> scheduler, JobSettings settings) {
		this.scheduler = scheduler;
		this.settings = settings;
	}

	/** Looks for due jobs once the current transaction (if any) has committed. */
	public void afterCommit() {
		if (!this.settings.wakeOnSchedule()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}
		});
	}

	private void wake() {
		this.scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions);
	}

}

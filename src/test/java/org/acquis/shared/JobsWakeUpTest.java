package org.acquis.shared;

import java.time.Duration;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** A job scheduled for now is looked for right after the commit, not at the next poll. */
class JobsWakeUpTest {

	private final Scheduler scheduler = mock(Scheduler.class);

	@AfterEach
	void noTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void insideATransactionTheNodeLooksOnlyOnceItCommitted() {
		TransactionSynchronizationManager.initSynchronization();
		wakeUp(true).afterCommit();
		verify(this.scheduler, never()).triggerCheckForDueExecutions();
		TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCommit());
		verify(this.scheduler).triggerCheckForDueExecutions();
	}

	@Test
	void turnedOffItLeavesTheJobToThePoll() {
		wakeUp(false).afterCommit();
		verify(this.scheduler, never()).triggerCheckForDueExecutions();
	}

	private JobsWakeUp wakeUp(boolean on) {
		var settings = new JobSettings(Duration.ofSeconds(10), 4, Duration.ofMinutes(1), Duration.ofSeconds(30),
				Duration.ofHours(1), Duration.ofMinutes(5), on);
		return new JobsWakeUp(
				new StaticListableBeanFactory(Map.of("scheduler", this.scheduler)).getBeanProvider(Scheduler.class),
				settings);
	}

}

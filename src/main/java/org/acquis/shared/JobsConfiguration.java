package org.acquis.shared;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler on the application's database: every {@link Task} bean of every module is
 * known to it, and every {@link RecurringTask} bean is scheduled at start-up. Any node
 * runs any due execution; a recurring task runs on one node at a time. Started once the
 * context is ready, stopped first on shutdown (running executions may finish within
 * {@link JobSettings#shutdownMaxWait()}).
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

	@Bean
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings,
			ObjectProvider<MeterRegistry> meters) {
		// recurring tasks are known through startTasks (given twice, db-scheduler refuses
		// them)
		var oneTime = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
		// transaction-aware: a task scheduled inside a use case's transaction commits or
		// rolls back with it
		var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
			.startTasks(recurring(tasks))
			.pollingInterval(settings.pollingInterval())
			.threads(settings.threads())
			.heartbeatInterval(settings.heartbeatInterval())
			.shutdownMaxWait(settings.shutdownMaxWait())
			.schedulerName(new SchedulerName.Fixed(nodeName()))
			.failureLogging(LogLevel.WARN, true)
			.addSchedulerListener(new JobFailures());
		meters.ifAvailable(registry -> builder.statsRegistry(new MicrometerStatsRegistry(registry, tasks)));
		log.info("Background jobs: {}", tasks.stream().map(Task::getName).sorted().toList());
		return builder.build();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<RecurringTask<?>> recurring(List<Task<?>> tasks) {
		return (List) tasks.stream().filter(RecurringTask.class::isInstance).toList();
	}

	/**
	 * The host and process, and a few random characters: two nodes never share a name.
	 */
	private static String nodeName() {
		return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SchedulerLifecycle(scheduler);
	}

	/**
	 * Starts the scheduler last, after the web server, and stops it first: the default
	 * phase is the highest.
	 */
	static final class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		@Override
		public void start() {
			this.scheduler.start();
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
			this.scheduler.stop();
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

}

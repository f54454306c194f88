package org.acquis.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background jobs ({@code acquis.jobs.*}): db-scheduler, and the upkeep of the module
 * events' registry.
 *
 * @param pollingInterval how often a node looks for due executions (10 s): the delay of a
 * one-time task scheduled for now, at worst
 * @param threads executions run at the same time on one node (4)
 * @param heartbeatInterval how often a node marks the executions it runs as alive (1
 * min); an execution without a heartbeat for 6 intervals (its node died) is run again by
 * another node
 * @param shutdownMaxWait how long a stopping node waits for its running executions (30
 * s); one still running then is picked up again after its heartbeat stops
 * @param completedEventsKept how long a delivered module event stays in
 * {@code event_publication} (1 h, the life of a password-reset link: a delivered
 * {@code PasswordResetRequested} never outlives its link)
 * @param failedEventsRetryAfter how long after a listener failed its event is delivered
 * again (5 min; also on every restart)
 * @param wakeOnSchedule a job scheduled for now through {@link JobsWakeUp} is looked for
 * at once after its transaction commits, instead of at the next poll (true; the tests
 * turn it off: they run a job's body themselves)
 */
@ConfigurationProperties("acquis.jobs")
public record JobSettings(@DefaultValue("10s") Duration pollingInterval, @DefaultValue("4") int threads,
		@DefaultValue("1m") Duration heartbeatInterval, @DefaultValue("30s") Duration shutdownMaxWait,
		@DefaultValue("1h") Duration completedEventsKept, @DefaultValue("5m") Duration failedEventsRetryAfter,
		@DefaultValue("true") boolean wakeOnSchedule) {

}

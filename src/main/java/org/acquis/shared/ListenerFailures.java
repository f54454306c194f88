package org.acquis.shared;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * A module listener ({@code @ApplicationModuleListener}, run on its own thread after the
 * commit) that fails leaves its event incomplete in {@code event_publication}: it is
 * delivered again later ({@link EventPublicationUpkeep}). Such a failure is logged in one
 * WARN line naming the listener (the stack trace at DEBUG: an SMTP outage would otherwise
 * print one per e-mail and per retry) and counted in
 * {@code acquis_listener_failures_total{listener}}. Listeners run on Spring Boot's
 * {@code applicationTaskExecutor} (virtual threads).
 */
@Component
class ListenerFailures implements AsyncConfigurer, AsyncUncaughtExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

	private final ObjectProvider<Executor> executor;

	private final ObjectProvider<MeterRegistry> meters;

	ListenerFailures(@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor,
			ObjectProvider<MeterRegistry> meters) {
		this.executor = executor;
		this.meters = meters;
	}

	@Override
	public @Nullable Executor getAsyncExecutor() {
		return this.executor.getIfAvailable();
	}

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return this;
	}

	@Override
	public void handleUncaughtException(Throwable ex, Method method, @Nullable Object... params) {
		var listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
		log.warn("{} failed: {}; its event stays incomplete in event_publication and is delivered again later",
				listener, ex.toString());
		log.debug("{} failed", listener, ex);
		this.meters.ifAvailable(registry -> Counter.builder("acquis.listener.failures")
			.description("Module listeners that failed (their event is delivered again later)")
			.tag("listener", listener)
			.register(registry)
			.increment());
	}

}

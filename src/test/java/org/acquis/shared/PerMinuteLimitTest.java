package org.acquis.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.acquis.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerMinuteLimitTest {

	private final MutableClock clock = new MutableClock();

	@Test
	void parallelUsesNeverPassTheLimitAndAGivenBackUseIsFreeAgain() throws Exception {
		startOfAMinute();
		var limit = new PerMinuteLimit(30, this.clock);
		var taken = new AtomicInteger();
		var start = new CountDownLatch(1);
		try (var threads = Executors.newFixedThreadPool(16)) {
			var done = new ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 200; i++) {
				done.add(threads.submit(() -> {
					start.await();
					if (limit.tryTake("10.0.0.1") != null) {
						taken.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (var each : done) {
				each.get();
			}
		}
		assertThat(taken).hasValue(30);
		assertThat(limit.tryTake("10.0.0.1")).isNull();
		assertThat(limit.tryTake("10.0.0.2")).as("another key has its own count").isNotNull();
	}

	@Test
	void aUseGivenBackCanBeTakenAgainOnceAndANewMinuteStartsAfresh() {
		startOfAMinute();
		var limit = new PerMinuteLimit(2, this.clock);
		var first = limit.tryTake("a");
		assertThat(limit.tryTake("a")).isNotNull();
		assertThat(limit.tryTake("a")).isNull();
		first.giveBack();
		first.giveBack();
		assertThat(limit.tryTake("a")).isNotNull();
		assertThat(limit.tryTake("a")).as("given back once only").isNull();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(limit.tryTake("a")).isNotNull();
		assertThat(limit.secondsToNextMinute()).isBetween(1L, 60L);
	}

	private void startOfAMinute() {
		this.clock.advance(Duration.ofMillis(60_000 - this.clock.millis() % 60_000));
	}

}

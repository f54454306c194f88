package org.acquis.shared;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * At most N uses a minute per key (a client address, or one key for the whole node),
 * counted in the minute of the clock, in memory (per node). Atomic: a use is reserved
 * before the work it guards ({@link #tryTake}), so parallel requests cannot overrun the
 * limit; a use that should not count is given back ({@link Slot#giveBack}). A new minute
 * replaces the counts in one step, so a reset never loses or doubles a use.
 */
public final class PerMinuteLimit {

	private static final long MINUTE = 60_000;

	private final int perMinute;

	private final Clock clock;

	private final AtomicReference<Window> window;

	public PerMinuteLimit(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
		this.window = new AtomicReference<>(new Window(minute(clock), new ConcurrentHashMap<>()));
	}

	/** A use for this key in the current minute, or {@code null} when none is left. */
	public @Nullable Slot tryTake(String key) {
		var count = current().counts().computeIfAbsent(key, k -> new AtomicInteger());
		if (count.incrementAndGet() > this.perMinute) {
			count.decrementAndGet();
			return null;
		}
		return new Slot(count);
	}

	/** Seconds until the next minute, when uses are available again (1 to 60). */
	public long secondsToNextMinute() {
		return (MINUTE - this.clock.millis() % MINUTE + 999) / 1000;
	}

	public int perMinute() {
		return this.perMinute;
	}

	private Window current() {
		long now = minute(this.clock);
		var current = this.window.get();
		while (current.minute() < now) {
			var next = new Window(now, new ConcurrentHashMap<>());
			if (this.window.compareAndSet(current, next)) {
				return next;
			}
			current = this.window.get();
		}
		return current;
	}

	private static long minute(Clock clock) {
		return clock.millis() / MINUTE;
	}

	private record Window(long minute, ConcurrentHashMap<String, AtomicInteger> counts) {
	}

	/** One use taken; given back, it is available again in the same minute. */
	public static final class Slot {

		private final AtomicInteger count;

		private final AtomicBoolean givenBack = new AtomicBoolean();

		private Slot(AtomicInteger count) {
			this.count = count;
		}

		public void giveBack() {
			if (this.givenBack.compareAndSet(false, true)) {
				this.count.decrementAndGet();
			}
		}

	}

}

package org.acquis.evaluation.accommodation;

import java.util.Set;

import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * How a learner's timed questions are timed: as written ({@code NONE}), with extra time
 * (a percentage of each timer: 33, the usual "tiers temps", or 50), or without a timer
 * ({@code NO_TIMER}: shown without a clock, never timed out).
 *
 * @param extraTimePercent 33 or 50 with {@code EXTRA_TIME}, else null
 */
public record Accommodation(Kind kind, @Nullable Integer extraTimePercent) {

	/** The percentages offered. */
	public static final Set<Integer> EXTRA_TIME_PERCENTS = Set.of(33, 50);

	public static final Accommodation NONE = new Accommodation(Kind.NONE, null);

	public enum Kind {

		NONE, EXTRA_TIME, NO_TIMER

	}

	public Accommodation {
		if ((kind == Kind.EXTRA_TIME) != (extraTimePercent != null)
				|| (extraTimePercent != null && !EXTRA_TIME_PERCENTS.contains(extraTimePercent))) {
			throw DomainException.badInput("ACCOMMODATION_INVALID");
		}
	}

	public static Accommodation extraTime(int percent) {
		return new Accommodation(Kind.EXTRA_TIME, percent);
	}

	/** A timed question is shown without a clock and is never timed out. */
	public boolean untimed() {
		return this.kind == Kind.NO_TIMER;
	}

	/**
	 * A timer of {@code seconds} as this learner gets it: lengthened by the extra time,
	 * rounded up to the second (45 s + 33 % = 60 s).
	 */
	public int seconds(int seconds) {
		if (this.extraTimePercent == null) {
			return seconds;
		}
		return (int) Math.ceil(seconds * (100 + this.extraTimePercent) / 100.0 - 1e-9);
	}

}

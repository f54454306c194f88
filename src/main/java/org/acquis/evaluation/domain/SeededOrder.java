package org.acquis.evaluation.domain;

/**
 * A deterministic pseudo-random rank of an id for one assessment's seed: ties are broken
 * the same way when an assessment is resumed or replayed, and differently from one
 * assessment to the next.
 */
final class SeededOrder {

	private SeededOrder() {
	}

	static long rank(long seed, String id) {
		// String.hashCode is specified by the JLS, so ranks are stable across JVMs and
		// releases
		return mix(seed ^ mix(id.hashCode() + 0x9E3779B97F4A7C15L));
	}

	/** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}

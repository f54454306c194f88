package org.acquis.certification.scoring.domain;

/**
 * R = round half up(100 x right / counted), 0 when nothing counts (domain.md §8).
 */
final class ReproducibilityRate {

	private ReproducibilityRate() {
	}

	static int of(int right, int counted) {
		if (counted == 0) {
			return 0;
		}
		return (200 * right + counted) / (2 * counted);
	}

}

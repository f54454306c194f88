package org.acquis.campaign.mastery;

import java.util.Comparator;
import java.util.List;

/**
 * The tubes a class should work on (domain.md §6), a score out of 100: level reached 40
 * (the lower the group's level in the tube, the higher), tube difficulty 30 (a tube
 * capped low is an easy one: first), progress in the tube 20 (learners part way through)
 * and next step 10 (a step left below the cap). A tube everybody masters is not
 * recommended.
 */
public final class Recommendations {

	static final int MAX_LEVEL = 8;

	private Recommendations() {
	}

	public record Recommended(String tube, int score, Rate rate) {
	}

	public static List<Recommended> of(List<TubeStats> tubes, int limit) {
		return tubes.stream()
			.filter(t -> t.total() > 0 && t.validated() < t.total())
			.map(t -> new Recommended(t.tube(), score(t), t.rate()))
			.sorted(Comparator.comparingInt(Recommended::score).reversed().thenComparing(Recommended::tube))
			.limit(limit)
			.toList();
	}

	static int score(TubeStats t) {
		double level = 40 * (1 - clamp(t.reachedOverCap()));
		double difficulty = 30 * (1 - clamp((t.cap() - 1) / (double) (MAX_LEVEL - 1)));
		double progress = 20 * clamp(t.partWay());
		double next = 10 * clamp(t.nextStepLeft());
		return (int) Math.round(level + difficulty + progress + next);
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}

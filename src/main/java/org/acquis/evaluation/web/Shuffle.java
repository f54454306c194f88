package org.acquis.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The same order for the same learner's assessment every time the page is shown. */
final class Shuffle {

	private Shuffle() {
	}

	static <T> List<T> stable(List<T> items, long seed) {
		var shuffled = new ArrayList<>(items);
		var random = new SplittableRandom(seed);
		for (int i = shuffled.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			var swap = shuffled.get(i);
			shuffled.set(i, shuffled.get(j));
			shuffled.set(j, swap);
		}
		return List.copyOf(shuffled);
	}

}

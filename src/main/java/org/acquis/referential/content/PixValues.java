package org.acquis.referential.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acquis.referential.Tube;

/**
 * 8 pix per level per competence, shared among the active skills of that level in that
 * competence: min(4, 8 / N) each (domain.md §2). Computed from the bank, never typed.
 */
final class PixValues {

	private final Map<String, Integer> activeSkills;

	private PixValues(Map<String, Integer> activeSkills) {
		this.activeSkills = activeSkills;
	}

	static PixValues of(List<TubeFile> files) {
		var counts = new HashMap<String, Integer>();
		for (var file : files) {
			for (var skill : file.skills()) {
				if (skill.active()) {
					counts.merge(key(file.tube(), skill.level()), 1, Integer::sum);
				}
			}
		}
		return new PixValues(counts);
	}

	double value(Tube tube, int level) {
		return share(this.activeSkills.getOrDefault(key(tube, level), 1));
	}

	/**
	 * The pix value of each of the {@code activeSkills} skills of one level in one
	 * competence.
	 */
	static double share(int activeSkills) {
		if (activeSkills <= 0) {
			throw new IllegalArgumentException("a level with a skill has at least one active skill");
		}
		return Math.min(4.0, 8.0 / activeSkills);
	}

	private static String key(Tube tube, int level) {
		return tube.framework() + "|" + tube.competence() + "|" + level;
	}

}

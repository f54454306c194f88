package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A competence of four tubes: three at levels 1..6 and one easy tube at levels 1..3, with
 * pix values as the content would give them (2 at levels 1..3 shared by 4 skills, 8/3 at
 * levels 4..6 shared by 3). Every skill has an untimed challenge; some have a second
 * variant, timed at levels 2 and 4.
 */
final class SyntheticCompetence {

	static final List<String> TUBES = List.of("moteurRecherche", "securite", "donnees", "netiquette");
	static final String EASY_TUBE = "netiquette";
	static final Instant START = Instant.parse("2025-09-15T08:00:00Z");

	final List<Skill> skills = new ArrayList<>();

	final List<Challenge> challenges = new ArrayList<>();

	SyntheticCompetence() {
		for (int tube = 0; tube < TUBES.size(); tube++) {
			String name = TUBES.get(tube);
			int maxLevel = name.equals(EASY_TUBE) ? 3 : 6;
			for (int level = 1; level <= maxLevel; level++) {
				String id = "@" + name + level;
				// 8 pix shared by the 4 skills of levels 1-3 (easy tube included), by the
				// 3 above
				skills.add(new Skill(id, name, level, level <= 3 ? 8.0 / 4 : 8.0 / 3));
				challenges.add(new Challenge("rec" + name + level + "a", id, false));
				if ((level + tube) % 2 == 0 || level == 2) {
					challenges.add(new Challenge("rec" + name + level + "b", id, level == 2 || level == 4));
				}
			}
		}
	}

	Skill skill(String id) {
		return skills.stream().filter(skill -> skill.id().equals(id)).findFirst().orElseThrow();
	}

}

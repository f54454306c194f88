package org.acquis.certification.course;

import java.util.Map;
import java.util.TreeMap;

/**
 * The candidate's profile when the draw is made (domain.md §8): per core competence, pix
 * = floor of the pix of the validated skills, level = floor(pix / 8), uncapped.
 */
public final class ProfileAtDraw {

	private ProfileAtDraw() {
	}

	/** One competence's level and pix. */
	public record Competence(int level, int pix) {
	}

	/** From the pix of each competence's validated skills. */
	static Map<String, Competence> of(Map<String, Double> pixByCompetence) {
		var profile = new TreeMap<String, Competence>();
		pixByCompetence.forEach((code, sum) -> {
			int pix = (int) Math.floor(sum + 1e-9);
			profile.put(code, new Competence(pix / 8, pix));
		});
		return profile;
	}

}

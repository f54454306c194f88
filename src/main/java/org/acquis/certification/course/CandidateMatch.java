package org.acquis.certification.course;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a candidate's typed name is compared with the enrolled one: accents, case, spaces,
 * hyphens and apostrophes do not matter ({@code Lé-a} is {@code lea}).
 */
final class CandidateMatch {

	private CandidateMatch() {
	}

	static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]", "");
	}

}

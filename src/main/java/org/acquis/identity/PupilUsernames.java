package org.acquis.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code firstname.lastnameDDMM}: lower case, accents, spaces, hyphens and apostrophes
 * removed ("Zoé-Lou" "D'Almeida" born 3 April: {@code zoelou.dalmeida0304}); then
 * {@code 2}, {@code 3}… after it when taken.
 */
final class PupilUsernames {

	static final int BATCH = 10;

	private static final int NAME_PART = 20;

	private PupilUsernames() {
	}

	static String base(String firstName, String lastName, LocalDate birthDate) {
		return part(firstName, "eleve") + "." + part(lastName, "acquis")
				+ String.format(Locale.ROOT, "%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue());
	}

	/** The base itself first, then base2, base3… ten at a time. */
	static List<String> candidates(String base, int batch) {
		var candidates = new ArrayList<String>();
		for (int i = batch * BATCH + 1; i <= (batch + 1) * BATCH; i++) {
			candidates.add(i == 1 ? base : base + i);
		}
		return candidates;
	}

	private static String part(String name, String fallback) {
		var ascii = Normalizer
			.normalize(name.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss"),
					Normalizer.Form.NFD)
			.replaceAll("[^a-z]", "");
		if (ascii.isEmpty()) {
			return fallback;
		}
		return ascii.length() > NAME_PART ? ascii.substring(0, NAME_PART) : ascii;
	}

}

package org.acquis.campaign.campaign;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Campaign codes (domain.md §6): 6 letters from an alphabet without I, L and O, then 3
 * digits from 2 to 9 (no 0 or 1 to mistake for O or I), drawn from a cryptographic
 * random.
 */
final class CampaignCodes {

	static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";

	static final String DIGITS = "23456789";

	private final RandomGenerator random;

	CampaignCodes() {
		this(new SecureRandom());
	}

	CampaignCodes(RandomGenerator random) {
		this.random = random;
	}

	String next() {
		var code = new StringBuilder(9);
		for (int i = 0; i < 6; i++) {
			code.append(LETTERS.charAt(this.random.nextInt(LETTERS.length())));
		}
		for (int i = 0; i < 3; i++) {
			code.append(DIGITS.charAt(this.random.nextInt(DIGITS.length())));
		}
		return code.toString();
	}

	/**
	 * What a learner typed, as a code: upper case, without spaces; null if it cannot be
	 * one.
	 */
	static @org.jspecify.annotations.Nullable String normalized(@org.jspecify.annotations.Nullable String typed) {
		if (typed == null) {
			return null;
		}
		var code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return code.matches("[" + LETTERS + "]{6}[" + DIGITS + "]{3}") ? code : null;
	}

}

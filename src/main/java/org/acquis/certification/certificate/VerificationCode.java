package org.acquis.certification.certificate;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A certificate's verification code (domain.md §8): {@code P-} and 8 distinct characters
 * of {@code 2346789BCDFGHJKMPQRTVWXY} (no vowel, no look-alike), drawn from the generator
 * given (a {@code SecureRandom} in production; the national platform uses
 * {@code Math.random}). 24 x 23 x ... x 17, about 29.6 billion codes.
 */
final class VerificationCode {

	static final String ALPHABET = "2346789BCDFGHJKMPQRTVWXY";

	static final int LENGTH = 8;

	private static final Pattern SHAPE = Pattern.compile("P-[" + ALPHABET + "]{" + LENGTH + "}");

	private VerificationCode() {
	}

	/** A new code: 8 characters drawn without replacement. */
	static String draw(RandomGenerator random) {
		var left = new StringBuilder(ALPHABET);
		var code = new StringBuilder("P-");
		for (int i = 0; i < LENGTH; i++) {
			int at = random.nextInt(left.length());
			code.append(left.charAt(at));
			left.deleteCharAt(at);
		}
		return code.toString();
	}

	/** Whether a (normalised) code has the shape of one: the alphabet, 8 distinct. */
	static boolean wellFormed(String code) {
		return SHAPE.matcher(code).matches() && code.chars().skip(2).distinct().count() == LENGTH;
	}

	/** A code as a person may type it: spaces and case do not matter. */
	static String normalized(String typed) {
		return typed.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

}

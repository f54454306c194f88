package org.acquis.referential.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text treatments of the national platform, applied the same way to the answer and to
 * each accepted answer before comparing them. Pure functions.
 */
public final class TextTreatments {

	private static final Pattern NON_BREAKING_SPACES = Pattern.compile("[\\u00A0\\u202F]");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern OUTSIDE_T2_ALPHABET = Pattern.compile("[^a-zA-Z0-9 ]");

	private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");

	private TextTreatments() {
	}

	/** Always applied: the same text typed on two keyboards must compare equal. */
	public static String preTreat(String value) {
		String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
		return NON_BREAKING_SPACES.matcher(composed).replaceAll(" ");
	}

	/**
	 * Case, accents and spaces. Æ and œ are letters of their own, not accented ones: NFD
	 * keeps them.
	 */
	public static String t1(String value) {
		String lower = value.trim().toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		return WHITESPACE.matcher(Normalizer.normalize(withoutMarks, Normalizer.Form.NFC)).replaceAll("");
	}

	/**
	 * Punctuation: deletes rather than replaces, so "é" vanishes when t1 did not turn it
	 * into "e".
	 */
	public static String t2(String value) {
		String kept = OUTSIDE_T2_ALPHABET.matcher(value).replaceAll("");
		return SPACE_RUNS.matcher(kept).replaceAll(" ");
	}

	/**
	 * Approximate match. The distance is divided by the answer's length, not the
	 * reference's: the national platform does so, and schools compare results with it.
	 */
	public static boolean t3Matches(String answer, String reference) {
		int answerLength = answer.codePointCount(0, answer.length());
		if (answerLength == 0) {
			return reference.isEmpty();
		}
		// the distance is at least the difference of lengths: no need to compute it
		// when that alone is too much (a long answer against a short reference)
		int referenceLength = reference.codePointCount(0, reference.length());
		if (4L * Math.abs(answerLength - referenceLength) > answerLength) {
			return false;
		}
		// 4·d <= n is d/n <= 0.25 without floating point, so exactly a quarter passes
		return 4L * levenshtein(answer, reference) <= answerLength;
	}

	/** Pre-treatment, then t1 and t2 when enabled, in that order. */
	public static String treat(String value, Set<Tolerance> tolerances) {
		String treated = preTreat(value);
		if (tolerances.contains(Tolerance.T1)) {
			treated = t1(treated);
		}
		if (tolerances.contains(Tolerance.T2)) {
			treated = t2(treated);
		}
		return treated;
	}

	/** Edit distance in code points (insertion, deletion, substitution). */
	public static int levenshtein(String left, String right) {
		int[] a = left.codePoints().toArray();
		int[] b = right.codePoints().toArray();
		int[] previous = new int[b.length + 1];
		int[] current = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			current[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length];
	}

}

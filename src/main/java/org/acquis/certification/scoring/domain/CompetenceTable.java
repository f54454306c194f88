package org.acquis.certification.scoring.domain;

/**
 * The second version's table (domain.md §8): from a competence's challenges n, right c
 * and neutralised k, and the reproducibility rate R (50 or more), the competence is
 * certified at its profile level (V), one level below (D) or not (U).
 */
final class CompetenceTable {

	enum Mark {

		V, D, U

	}

	private CompetenceTable() {
	}

	/** The mark for R >= 80, 70 <= R < 80, R < 70 (R >= 50 in all three). */
	static Mark mark(int n, int c, int k, int rate) {
		var row = row(n, c, k);
		int column = rate >= 80 ? 0 : rate >= 70 ? 1 : 2;
		return Mark.valueOf(String.valueOf(row.charAt(column)));
	}

	private static String row(int n, int c, int k) {
		return switch (n) {
			case 3 -> three(c, k);
			case 2 -> (c == 2) ? "VVV" : (c == 1 && k == 0) ? "VDU" : (c == 1 && k == 1) ? "VVD" : "UUU";
			case 1 -> (c == 1) ? "VVD" : "UUU";
			default -> "UUU";
		};
	}

	private static String three(int c, int k) {
		if (c == 3) {
			return "VVV";
		}
		if (c == 2) {
			return k == 0 ? "VDD" : k == 1 ? "VVV" : "UUU";
		}
		if (c == 1) {
			return k == 1 ? "VDU" : k == 2 ? "VVD" : "UUU";
		}
		return "UUU";
	}

}

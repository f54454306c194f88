package org.acquis.campaign.results;

import org.jspecify.annotations.Nullable;

/**
 * A cell a spreadsheet will not run: a text starting with {@code =}, {@code +},
 * {@code -}, {@code @} (or a tab or carriage return, which some spreadsheets skip before
 * them) is given a leading {@code '}.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String neutralised(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}

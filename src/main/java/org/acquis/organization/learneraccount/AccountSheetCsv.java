package org.acquis.organization.learneraccount;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The sheet as a spreadsheet: {@code ;} separated, UTF-8 with a BOM (so that a
 * spreadsheet reads the accents), one line per pupil; a cell a spreadsheet would run as a
 * formula is neutralised.
 */
final class AccountSheetCsv {

	private AccountSheetCsv() {
	}

	static byte[] write(AccountSheet sheet, MessageSource messages, Locale locale) {
		var out = new StringWriter();
		out.write('\uFEFF');
		var header = java.util.stream.Stream.of("division", "lastName", "firstName", "username", "password")
			.map(column -> messages.getMessage("orga.accounts.csv." + column, null, locale))
			.toArray(String[]::new);
		try (var printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header).get().print(out)) {
			for (var card : sheet.accounts()) {
				printer.printRecord(cell(card.division()), cell(card.lastName()), cell(card.firstName()),
						card.username(), card.password());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}

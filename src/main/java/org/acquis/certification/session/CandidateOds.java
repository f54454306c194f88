package org.acquis.certification.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The candidates' template as an ODS spreadsheet (SODS), with the CSV template's columns,
 * and the rows of a filled one. A file whose parts inflate past {@link #MAX_INFLATED} is
 * refused before the spreadsheet is read (a zip bomb is never inflated whole); SODS reads
 * the XML without DTD.
 */
final class CandidateOds {

	static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	static final long MAX_INFLATED = 16L * 1024 * 1024;

	private static final double COLUMN_WIDTH_MM = 45.0;

	private CandidateOds() {
	}

	/** Whether the bytes are a zip (an ODS file), by its signature. */
	static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	static byte[] template() {
		var sheet = new Sheet("Candidats", 1, CandidateCsv.TITLES.size());
		var header = sheet.getRange(0, 0, 1, CandidateCsv.TITLES.size());
		header.setValues(CandidateCsv.TITLES.toArray());
		header.setFontBold(true);
		sheet.setColumnWidths(0, CandidateCsv.TITLES.size(), COLUMN_WIDTH_MM);
		var spreadsheet = new SpreadSheet();
		spreadsheet.appendSheet(sheet);
		var out = new ByteArrayOutputStream();
		try {
			spreadsheet.save(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** The rows of the first sheet, as text, trailing empty cells and rows left out. */
	static List<List<String>> rows(byte[] bytes) {
		checkInflatedSize(bytes);
		Object[][] values;
		try {
			var spreadsheet = new SpreadSheet(new ByteArrayInputStream(bytes));
			if (spreadsheet.getNumSheets() == 0) {
				throw DomainException.badInput("CANDIDATE_IMPORT_EMPTY");
			}
			values = spreadsheet.getSheet(0).getDataRange().getValues();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.badInput("CANDIDATE_IMPORT_NOT_ODS");
		}
		var rows = new ArrayList<List<String>>();
		for (var row : values) {
			var cells = new ArrayList<String>();
			for (var value : row) {
				cells.add(text(value));
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
				cells.remove(cells.size() - 1);
			}
			rows.add(cells);
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		return rows;
	}

	/** A cell as the CSV would have it: dates ISO, whole numbers without decimals. */
	static String text(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case LocalDate date -> date.toString();
			case LocalDateTime time -> time.toLocalDate().toString();
			case OfficePercentage percent -> number(percent.getValue() * 100);
			case Double number -> number(number);
			case Number number -> number.toString();
			default -> value.toString();
		};
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

	private static void checkInflatedSize(byte[] bytes) {
		long total = 0;
		var buffer = new byte[8192];
		try (var entries = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			while (entries.getNextEntry() != null) {
				int read;
				while ((read = entries.read(buffer)) > 0) {
					total += read;
					if (total > MAX_INFLATED) {
						throw DomainException.badInput("CANDIDATE_IMPORT_NOT_ODS");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw DomainException.badInput("CANDIDATE_IMPORT_NOT_ODS");
		}
	}

}

package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * The higher-education CSV (domain.md §7): {@code ;} separated, UTF-8 with or without
 * BOM, headers matched as the school CSV's. Required: Numéro étudiant (unique in the
 * file), Premier prénom, Nom de famille, Date de naissance (jj/mm/aaaa); optional:
 * Deuxième prénom, Nom d'usage, Email (checked when given), Groupe, Diplôme. Every error
 * is reported at once, with its line (the header is line 1) and column.
 */
final class SupCsvReader {

	record Parsed(List<ImportedStudent> students, List<ImportError> errors) {
	}

	static final String NUMBER = "Numéro étudiant";

	static final String FIRST_NAME = "Premier prénom";

	static final String SECOND_FIRST_NAME = "Deuxième prénom";

	static final String LAST_NAME = "Nom de famille";

	static final String USAGE_NAME = "Nom d'usage";

	static final String BIRTH_DATE = "Date de naissance";

	static final String EMAIL = "Email";

	static final String GROUP = "Groupe";

	static final String DIPLOMA = "Diplôme";

	private static final List<String> COLUMNS = List.of(NUMBER, FIRST_NAME, SECOND_FIRST_NAME, LAST_NAME, USAGE_NAME,
			BIRTH_DATE, EMAIL, GROUP, DIPLOMA);

	private static final List<String> REQUIRED = List.of(NUMBER, FIRST_NAME, LAST_NAME, BIRTH_DATE);

	/** Other spellings of a column, as spreadsheets write them. */
	private static final Map<String, String> ALIASES = Map.of("e-mail", EMAIL, "adresse e-mail", EMAIL, "courriel",
			EMAIL, "numero d'etudiant", NUMBER, "prenom", FIRST_NAME, "nom", LAST_NAME);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern EMAIL_FORMAT = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final int MAX_LENGTH = 200;

	private final List<ImportError> errors = new ArrayList<>();

	private final Set<String> numbers = new HashSet<>();

	Parsed read(InputStream in, IntConsumer progress) throws IOException {
		var students = new ArrayList<ImportedStudent>();
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (var parser = format.parse(SchoolCsvReader.withoutBom(in))) {
			var positions = positions(parser.getHeaderNames());
			REQUIRED.stream()
				.filter(column -> !positions.containsKey(column))
				.forEach(column -> this.errors.add(new ImportError(null, column, "IMPORT_COLUMN_MISSING")));
			if (!this.errors.isEmpty()) {
				return new Parsed(List.of(), this.errors);
			}
			for (var record : parser) {
				var student = check((int) record.getRecordNumber() + 1, values(record, positions));
				if (student != null) {
					students.add(student);
				}
				if (record.getRecordNumber() % 500 == 0) {
					progress.accept((int) record.getRecordNumber());
				}
			}
		}
		catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			ImportTooLarge.rethrowIfCause(ex);
			return failed(ex.getCause() instanceof CharacterCodingException ? "IMPORT_CSV_NOT_UTF8"
					: "IMPORT_FILE_UNREADABLE");
		}
		catch (CharacterCodingException ex) {
			return failed("IMPORT_CSV_NOT_UTF8");
		}
		return new Parsed(students, this.errors);
	}

	private static Parsed failed(String code) {
		return new Parsed(List.of(), List.of(ImportError.ofFile(code)));
	}

	private @Nullable ImportedStudent check(int line, Map<String, String> values) {
		int before = this.errors.size();
		values.forEach((column, value) -> {
			if (value.length() > MAX_LENGTH) {
				error(line, column, "IMPORT_FIELD_TOO_LONG");
			}
		});
		var number = required(line, values, NUMBER, "IMPORT_STUDENT_NUMBER_MISSING");
		if (number != null && !this.numbers.add(number.toLowerCase(Locale.ROOT))) {
			error(line, NUMBER, "IMPORT_STUDENT_NUMBER_DUPLICATED");
		}
		var firstName = required(line, values, FIRST_NAME, "IMPORT_FIRST_NAME_MISSING");
		var lastName = required(line, values, LAST_NAME, "IMPORT_LAST_NAME_MISSING");
		var birthDate = birthDate(line, values);
		var email = value(values, EMAIL);
		if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
			error(line, EMAIL, "IMPORT_EMAIL_INVALID");
		}
		if (this.errors.size() > before || number == null || firstName == null || lastName == null
				|| birthDate == null) {
			return null;
		}
		return new ImportedStudent(line, number, firstName, value(values, SECOND_FIRST_NAME), lastName,
				value(values, USAGE_NAME), birthDate, email, value(values, GROUP), value(values, DIPLOMA));
	}

	private @Nullable LocalDate birthDate(int line, Map<String, String> values) {
		var text = required(line, values, BIRTH_DATE, "IMPORT_BIRTH_DATE_MISSING");
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			error(line, BIRTH_DATE, "IMPORT_BIRTH_DATE_INVALID");
			return null;
		}
	}

	private @Nullable String required(int line, Map<String, String> values, String column, String code) {
		var value = value(values, column);
		if (value == null) {
			error(line, column, code);
		}
		return value;
	}

	private void error(int line, String column, String code) {
		this.errors.add(new ImportError(line, column, code));
	}

	private static @Nullable String value(Map<String, String> values, String column) {
		var value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Map<String, String> values(CSVRecord record, Map<String, Integer> positions) {
		var values = new HashMap<String, String>();
		positions.forEach((column, position) -> {
			if (position < record.size()) {
				values.put(column, record.get(position));
			}
		});
		return values;
	}

	private static Map<String, Integer> positions(List<String> headers) {
		var known = new LinkedHashMap<String, String>();
		COLUMNS.forEach(column -> known.put(SchoolCsvReader.key(column), column));
		ALIASES.forEach(known::putIfAbsent);
		var positions = new HashMap<String, Integer>();
		for (int i = 0; i < headers.size(); i++) {
			var column = known.get(SchoolCsvReader.key(headers.get(i)));
			if (column != null) {
				positions.putIfAbsent(column, i);
			}
		}
		return positions;
	}

}

package org.acquis.organization.learnerimport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rules every learner of a file must meet (domain.md §7), whatever the format: an
 * INE, unique in the file; names; a birth date (DD/MM/YYYY); a birth city code for a
 * learner born in France. Errors are collected, never thrown: a file's errors are all
 * reported at once.
 */
final class LearnerChecks {

	enum Field {

		NATIONAL_ID, FIRST_NAME, SECOND_FIRST_NAME, THIRD_FIRST_NAME, LAST_NAME, USAGE_NAME, SEX, BIRTH_DATE,
		BIRTH_CITY_CODE, BIRTH_CITY, BIRTH_DEPARTMENT, BIRTH_COUNTRY, MEF, STATUS, DIVISION

	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int MAX_LENGTH = 200;

	private final Map<Field, String> names;

	private final String france;

	private final Set<String> nationalIds = new HashSet<>();

	private final List<ImportError> errors = new ArrayList<>();

	/**
	 * @param names the file's name of each field (element or column), for the report
	 * @param france the country code of France in this format
	 */
	LearnerChecks(Map<Field, String> names, String france) {
		this.names = new EnumMap<>(names);
		this.france = france;
	}

	List<ImportError> errors() {
		return this.errors;
	}

	void error(@Nullable Integer line, @Nullable Field field, String code) {
		this.errors.add(new ImportError(line, field == null ? null : this.names.get(field), code));
	}

	/** The learner, or null when something is wrong (then reported). */
	@Nullable ImportedLearner check(int line, Map<Field, String> values) {
		int before = this.errors.size();
		values.forEach((field, value) -> {
			if (value.length() > MAX_LENGTH) {
				error(line, field, "IMPORT_FIELD_TOO_LONG");
			}
		});
		var nationalId = required(line, values, Field.NATIONAL_ID, "IMPORT_NATIONAL_ID_MISSING");
		if (nationalId != null && !this.nationalIds.add(nationalId.toUpperCase(java.util.Locale.ROOT))) {
			error(line, Field.NATIONAL_ID, "IMPORT_NATIONAL_ID_DUPLICATED");
		}
		var firstName = required(line, values, Field.FIRST_NAME, "IMPORT_FIRST_NAME_MISSING");
		var lastName = required(line, values, Field.LAST_NAME, "IMPORT_LAST_NAME_MISSING");
		var birthDate = birthDate(line, values);
		var country = value(values, Field.BIRTH_COUNTRY);
		if (this.france.equals(country) && value(values, Field.BIRTH_CITY_CODE) == null) {
			error(line, Field.BIRTH_CITY_CODE, "IMPORT_BIRTH_CITY_CODE_MISSING");
		}
		if (this.errors.size() > before || nationalId == null || firstName == null || lastName == null
				|| birthDate == null) {
			return null;
		}
		return new ImportedLearner(line, nationalId, firstName, value(values, Field.SECOND_FIRST_NAME),
				value(values, Field.THIRD_FIRST_NAME), lastName, value(values, Field.USAGE_NAME),
				sex(value(values, Field.SEX)), birthDate, value(values, Field.BIRTH_CITY_CODE),
				value(values, Field.BIRTH_CITY), value(values, Field.BIRTH_DEPARTMENT), country,
				value(values, Field.MEF), value(values, Field.STATUS), value(values, Field.DIVISION), List.of());
	}

	private @Nullable LocalDate birthDate(int line, Map<Field, String> values) {
		var text = required(line, values, Field.BIRTH_DATE, "IMPORT_BIRTH_DATE_MISSING");
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			error(line, Field.BIRTH_DATE, "IMPORT_BIRTH_DATE_INVALID");
			return null;
		}
	}

	private @Nullable String required(int line, Map<Field, String> values, Field field, String code) {
		var value = value(values, field);
		if (value == null) {
			error(line, field, code);
		}
		return value;
	}

	static @Nullable String value(Map<Field, String> values, Field field) {
		var value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String sex(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code.toUpperCase(java.util.Locale.ROOT)) {
			case "1", "M", "H" -> "M";
			case "2", "F" -> "F";
			default -> null;
		};
	}

}

package org.acquis.certification.session;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A candidate as sent (a form, a JSON body, a line of a CSV file): every field checked,
 * each problem named by its field and a stable code.
 */
record CandidateForm(@Nullable String firstName, @Nullable String lastName, @Nullable String birthDate,
		@Nullable String sex, @Nullable String birthInseeCode, @Nullable String birthPostalCode,
		@Nullable String birthCity, @Nullable String birthCountry, @Nullable String resultEmail,
		@Nullable String externalId, @Nullable String extraTimePercent, @Nullable String adjustedTest) {

	static final int MAX_NAME = 100;

	static final int MAX_TEXT = 200;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** A problem with one field. */
	record FieldError(String field, String code) {
	}

	/** The candidate, or null with the problems added to {@code errors}. */
	Candidate.@Nullable Person check(List<FieldError> errors, LocalDate today) {
		int before = errors.size();
		var first = name("firstName", this.firstName, errors);
		var last = name("lastName", this.lastName, errors);
		var birth = birthDate(errors, today);
		var sexValue = blankToNull(this.sex);
		if (sexValue != null && !sexValue.equals("M") && !sexValue.equals("F")) {
			errors.add(new FieldError("sex", "CANDIDATE_SEX_INVALID"));
		}
		var email = text("resultEmail", this.resultEmail, errors);
		if (email != null && (!email.contains("@") || email.length() > 254)) {
			errors.add(new FieldError("resultEmail", "CANDIDATE_EMAIL_INVALID"));
		}
		int extraTime = extraTime(errors);
		var adjusted = bool(this.adjustedTest);
		if (adjusted == null) {
			errors.add(new FieldError("adjustedTest", "CANDIDATE_ADJUSTED_TEST_INVALID"));
		}
		var insee = text("birthInseeCode", this.birthInseeCode, errors);
		var postal = text("birthPostalCode", this.birthPostalCode, errors);
		var city = text("birthCity", this.birthCity, errors);
		var country = text("birthCountry", this.birthCountry, errors);
		var external = text("externalId", this.externalId, errors);
		if (errors.size() > before || first == null || last == null || birth == null || adjusted == null) {
			return null;
		}
		return new Candidate.Person(first, last, birth, sexValue, insee, postal, city, country, email, external,
				extraTime, adjusted);
	}

	private static @Nullable String name(String field, @Nullable String value, List<FieldError> errors) {
		var name = blankToNull(value);
		if (name == null) {
			errors.add(new FieldError(field, "CANDIDATE_NAME_REQUIRED"));
		}
		else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError(field, "CANDIDATE_NAME_INVALID"));
			return null;
		}
		return name;
	}

	private static @Nullable String text(String field, @Nullable String value, List<FieldError> errors) {
		var text = blankToNull(value);
		if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
			errors.add(new FieldError(field, "CANDIDATE_FIELD_INVALID"));
			return null;
		}
		return text;
	}

	private @Nullable LocalDate birthDate(List<FieldError> errors, LocalDate today) {
		var value = blankToNull(this.birthDate);
		if (value == null) {
			errors.add(new FieldError("birthDate", "CANDIDATE_BIRTH_DATE_INVALID"));
			return null;
		}
		try {
			var date = value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
			if (date.getYear() < 1900 || !date.isBefore(today)) {
				errors.add(new FieldError("birthDate", "CANDIDATE_BIRTH_DATE_INVALID"));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("birthDate", "CANDIDATE_BIRTH_DATE_INVALID"));
			return null;
		}
	}

	private int extraTime(List<FieldError> errors) {
		var value = blankToNull(this.extraTimePercent);
		if (value == null) {
			return 0;
		}
		try {
			int percent = Integer.parseInt(value.replace("%", "").strip());
			if (percent >= 0 && percent <= 100) {
				return percent;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		errors.add(new FieldError("extraTimePercent", "CANDIDATE_EXTRA_TIME_INVALID"));
		return 0;
	}

	private static @Nullable Boolean bool(@Nullable String value) {
		var text = blankToNull(value);
		if (text == null) {
			return false;
		}
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "oui", "yes", "1", "x" -> true;
			case "false", "non", "no", "0" -> false;
			default -> null;
		};
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

package org.acquis.certification.session;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the candidates' template: a header line (the French template's titles or the
 * API's field names), then one candidate a line; {@code ;} or {@code ,} separated, UTF-8
 * with or without BOM, fields in double quotes when they hold a separator.
 */
final class CandidateCsv {

	static final int MAX_LINES = 1000;

	/** The template's column titles, in order (the CSV and the ODS templates). */
	static final List<String> TITLES = List.of("Nom", "Prénom", "Date de naissance (JJ/MM/AAAA)", "Sexe (M/F)",
			"Code INSEE de naissance", "Code postal de naissance", "Commune de naissance", "Pays de naissance",
			"E-mail des résultats", "Identifiant externe", "Temps majoré (%)", "Épreuve adaptée (oui/non)");

	static final String TEMPLATE = "\uFEFF" + String.join(";", TITLES) + "\r\n";

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("nom", "lastName"),
			Map.entry("lastname", "lastName"), Map.entry("prenom", "firstName"), Map.entry("firstname", "firstName"),
			Map.entry("datedenaissance", "birthDate"), Map.entry("birthdate", "birthDate"), Map.entry("sexe", "sex"),
			Map.entry("sex", "sex"), Map.entry("codeinsee", "birthInseeCode"),
			Map.entry("birthinseecode", "birthInseeCode"), Map.entry("codepostal", "birthPostalCode"),
			Map.entry("birthpostalcode", "birthPostalCode"), Map.entry("commune", "birthCity"),
			Map.entry("birthcity", "birthCity"), Map.entry("pays", "birthCountry"),
			Map.entry("birthcountry", "birthCountry"), Map.entry("email", "resultEmail"),
			Map.entry("resultemail", "resultEmail"), Map.entry("identifiantexterne", "externalId"),
			Map.entry("externalid", "externalId"), Map.entry("tempsmajore", "extraTimePercent"),
			Map.entry("extratimepercent", "extraTimePercent"), Map.entry("epreuveadaptee", "adjustedTest"),
			Map.entry("adjustedtest", "adjustedTest"));

	private CandidateCsv() {
	}

	/** One line of the file: its number (the header is line 1) and its fields by name. */
	record Line(int number, Map<String, String> fields) {

		CandidateForm form() {
			return new CandidateForm(get("firstName"), get("lastName"), get("birthDate"), get("sex"),
					get("birthInseeCode"), get("birthPostalCode"), get("birthCity"), get("birthCountry"),
					get("resultEmail"), get("externalId"), get("extraTimePercent"), get("adjustedTest"));
		}

		private @Nullable String get(String field) {
			return this.fields.get(field);
		}

	}

	static List<Line> read(byte[] bytes) {
		return lines(rows(text(bytes)));
	}

	/**
	 * The candidates' lines of a table's rows (of a CSV or an ODS file): the first row
	 * names the columns.
	 */
	static List<Line> lines(List<List<String>> rows) {
		if (rows.isEmpty()) {
			throw DomainException.badInput("CANDIDATE_IMPORT_EMPTY");
		}
		var columns = columns(rows.get(0));
		if (rows.size() - 1 > MAX_LINES) {
			throw DomainException.badInput("CANDIDATE_IMPORT_TOO_LARGE", MAX_LINES);
		}
		var lines = new ArrayList<Line>();
		for (int i = 1; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			var fields = new HashMap<String, String>();
			for (int c = 0; c < Math.min(row.size(), columns.size()); c++) {
				fields.put(columns.get(c), row.get(c));
			}
			lines.add(new Line(i + 1, fields));
		}
		if (lines.isEmpty()) {
			throw DomainException.badInput("CANDIDATE_IMPORT_EMPTY");
		}
		return lines;
	}

	private static String text(byte[] bytes) {
		try {
			var text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw DomainException.badInput("CANDIDATE_IMPORT_NOT_CSV");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw DomainException.badInput("CANDIDATE_IMPORT_NOT_UTF8");
		}
	}

	private static List<String> columns(List<String> header) {
		var columns = new ArrayList<String>();
		for (var title : header) {
			var key = normalised(title);
			var field = HEADERS.entrySet()
				.stream()
				.filter(e -> key.startsWith(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow(() -> DomainException.badInput("CANDIDATE_IMPORT_HEADER_UNKNOWN", title));
			columns.add(field);
		}
		if (!columns.containsAll(List.of("lastName", "firstName", "birthDate"))) {
			throw DomainException.badInput("CANDIDATE_IMPORT_HEADER_MISSING");
		}
		return columns;
	}

	private static String normalised(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	/** The rows of the text, separator guessed from the first line. */
	private static List<List<String>> rows(String text) {
		int end = text.indexOf('\n');
		var first = end < 0 ? text : text.substring(0, end);
		char separator = first.indexOf(';') >= 0 || first.indexOf(',') < 0 ? ';' : ',';
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				if (rows.size() > MAX_LINES + 1) {
					throw DomainException.badInput("CANDIDATE_IMPORT_TOO_LARGE", MAX_LINES);
				}
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw DomainException.badInput("CANDIDATE_IMPORT_NOT_CSV");
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}

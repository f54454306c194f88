package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.acquis.organization.learnerimport.LearnerChecks.Field;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The school CSV and FREGATA's (agricultural schools), same columns (domain.md §7): UTF-8
 * with or without BOM, {@code ;} separated, headers matched without case, accents or a
 * "(jj/mm/aaaa)" hint. Line numbers count the header as line 1.
 */
final class SchoolCsvReader implements LearnerFileReader {

	private static final Map<String, Field> COLUMNS = columns();

	private static final java.util.List<Field> REQUIRED = java.util.List.of(Field.NATIONAL_ID, Field.FIRST_NAME,
			Field.LAST_NAME, Field.BIRTH_DATE, Field.DIVISION);

	private static Map<String, Field> columns() {
		var columns = new LinkedHashMap<String, Field>();
		columns.put("Identifiant unique", Field.NATIONAL_ID);
		columns.put("Premier prénom", Field.FIRST_NAME);
		columns.put("Deuxième prénom", Field.SECOND_FIRST_NAME);
		columns.put("Troisième prénom", Field.THIRD_FIRST_NAME);
		columns.put("Nom de famille", Field.LAST_NAME);
		columns.put("Nom d'usage", Field.USAGE_NAME);
		columns.put("Sexe", Field.SEX);
		columns.put("Date de naissance", Field.BIRTH_DATE);
		columns.put("Code commune naissance", Field.BIRTH_CITY_CODE);
		columns.put("Libellé commune naissance", Field.BIRTH_CITY);
		columns.put("Code département naissance", Field.BIRTH_DEPARTMENT);
		columns.put("Code pays naissance", Field.BIRTH_COUNTRY);
		columns.put("Statut", Field.STATUS);
		columns.put("Code MEF", Field.MEF);
		columns.put("Division", Field.DIVISION);
		return columns;
	}

	@Override
	public ParsedFile read(InputStream in, @Nullable String uai, IntConsumer progress) throws IOException {
		var names = new EnumMap<Field, String>(Field.class);
		COLUMNS.forEach((column, field) -> names.put(field, column));
		var checks = new LearnerChecks(names, "99100");
		var learners = new ArrayList<ImportedLearner>();
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (var parser = format.parse(withoutBom(in))) {
			var positions = positions(parser.getHeaderNames());
			for (var field : REQUIRED) {
				if (!positions.containsKey(field)) {
					checks.error(null, field, "IMPORT_COLUMN_MISSING");
				}
			}
			if (!checks.errors().isEmpty()) {
				return new ParsedFile(java.util.List.of(), checks.errors());
			}
			for (var record : parser) {
				var learner = checks.check((int) record.getRecordNumber() + 1, values(record, positions));
				if (learner != null) {
					learners.add(learner);
				}
				if (record.getRecordNumber() % 500 == 0) {
					progress.accept((int) record.getRecordNumber());
				}
			}
		}
		catch (UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			ImportTooLarge.rethrowIfCause(ex);
			return ParsedFile.failed(ex.getCause() instanceof java.nio.charset.CharacterCodingException
					? "IMPORT_CSV_NOT_UTF8" : "IMPORT_FILE_UNREADABLE");
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return ParsedFile.failed("IMPORT_CSV_NOT_UTF8");
		}
		return new ParsedFile(learners, checks.errors());
	}

	private static Map<Field, String> values(CSVRecord record, Map<Field, Integer> positions) {
		var values = new EnumMap<Field, String>(Field.class);
		positions.forEach((field, position) -> {
			if (position < record.size()) {
				values.put(field, record.get(position));
			}
		});
		return values;
	}

	private static Map<Field, Integer> positions(java.util.List<String> headers) {
		var known = new LinkedHashMap<String, Field>();
		COLUMNS.forEach((column, field) -> known.put(key(column), field));
		var positions = new EnumMap<Field, Integer>(Field.class);
		for (int i = 0; i < headers.size(); i++) {
			var field = known.get(key(headers.get(i)));
			if (field != null) {
				positions.putIfAbsent(field, i);
			}
		}
		return positions;
	}

	/** "Date de naissance (jj/mm/aaaa)" and "date de naissance" are one column. */
	static String key(String header) {
		var text = header.replace('\u2019', '\'').replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT);
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static Reader withoutBom(InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

}

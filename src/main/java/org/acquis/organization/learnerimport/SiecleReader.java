package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.acquis.organization.learnerimport.LearnerChecks.Field;
import org.jspecify.annotations.Nullable;

/**
 * SIECLE's "ElevesSansAdresse" file (domain.md §7), read as a stream (StAX) in the
 * encoding its prolog declares. No DTD is accepted: no external entity, no entity
 * expansion. Pupils who left (an exit date) or without an {@code ID_NATIONAL} element are
 * skipped; the division is the pupil's structure of type "D".
 */
final class SiecleReader implements LearnerFileReader {

	private static final Map<String, Field> ELEMENTS = Map.ofEntries(Map.entry("ID_NATIONAL", Field.NATIONAL_ID),
			Map.entry("NOM_DE_FAMILLE", Field.LAST_NAME), Map.entry("NOM_USAGE", Field.USAGE_NAME),
			Map.entry("PRENOM", Field.FIRST_NAME), Map.entry("PRENOM2", Field.SECOND_FIRST_NAME),
			Map.entry("PRENOM3", Field.THIRD_FIRST_NAME), Map.entry("CODE_SEXE", Field.SEX),
			Map.entry("DATE_NAISS", Field.BIRTH_DATE), Map.entry("CODE_PAYS", Field.BIRTH_COUNTRY),
			Map.entry("CODE_DEPARTEMENT_NAISS", Field.BIRTH_DEPARTMENT),
			Map.entry("CODE_COMMUNE_INSEE_NAISS", Field.BIRTH_CITY_CODE), Map.entry("VILLE_NAISS", Field.BIRTH_CITY),
			Map.entry("CODE_MEF", Field.MEF), Map.entry("CODE_STATUT", Field.STATUS));

	private static final XMLInputFactory FACTORY = factory();

	private static XMLInputFactory factory() {
		var factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private record Pupil(int line, Map<Field, String> values) {
	}

	@Override
	public ParsedFile read(InputStream in, @Nullable String uai, IntConsumer progress) throws IOException {
		var names = new EnumMap<Field, String>(Field.class);
		ELEMENTS.forEach((element, field) -> names.put(field, element));
		names.put(Field.DIVISION, "CODE_STRUCTURE");
		var checks = new LearnerChecks(names, "100");
		var pupils = new LinkedHashMap<String, Pupil>();
		var divisions = new HashMap<String, String>();
		var groups = new HashMap<String, List<String>>();
		String fileUai;
		try {
			fileUai = parse(FACTORY.createXMLStreamReader(in), pupils, divisions, groups, progress);
		}
		catch (XMLStreamException | RuntimeException ex) {
			ImportTooLarge.rethrowIfCause(ex);
			return ParsedFile.failed("IMPORT_FILE_UNREADABLE");
		}
		catch (NotSiecle ex) {
			return ParsedFile.failed(String.valueOf(ex.getMessage()));
		}
		if (uai == null || !uai.equalsIgnoreCase(fileUai == null ? "" : fileUai.strip())) {
			return ParsedFile.failed("IMPORT_UAI_MISMATCH");
		}
		var learners = new java.util.ArrayList<ImportedLearner>();
		pupils.forEach((id, pupil) -> {
			var division = divisions.get(id);
			if (division != null) {
				pupil.values().put(Field.DIVISION, division);
			}
			var learner = checks.check(pupil.line(), pupil.values());
			if (learner != null) {
				learners.add(learner.withGroups(groups.getOrDefault(id, List.of())));
			}
		});
		return new ParsedFile(learners, checks.errors());
	}

	/** Why the file is no SIECLE file we read. */
	private static final class NotSiecle extends Exception {

		NotSiecle(String code) {
			super(code, null, false, false);
		}

	}

	private static @Nullable String parse(XMLStreamReader xml, Map<String, Pupil> pupils, Map<String, String> divisions,
			Map<String, List<String>> groups, IntConsumer progress) throws XMLStreamException, NotSiecle {
		String uai = null;
		boolean root = true;
		int read = 0;
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new NotSiecle("IMPORT_XML_DTD_FORBIDDEN");
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				var name = xml.getLocalName();
				if (root) {
					if (!"BEE_ELEVES".equals(name)) {
						throw new NotSiecle("IMPORT_FORMAT_WRONG");
					}
					root = false;
				}
				switch (name) {
					case "UAJ" -> uai = xml.getElementText();
					case "ELEVE" -> {
						readPupil(xml, pupils);
						if (++read % 500 == 0) {
							progress.accept(read);
						}
					}
					case "STRUCTURES_ELEVE" -> readStructures(xml, divisions, groups);
					default -> {
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return uai;
	}

	private static void readPupil(XMLStreamReader xml, Map<String, Pupil> pupils) throws XMLStreamException {
		var id = xml.getAttributeValue(null, "ELEVE_ID");
		int line = xml.getLocation().getLineNumber();
		var values = new EnumMap<Field, String>(Field.class);
		boolean left = false;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				var field = depth == 1 ? ELEMENTS.get(xml.getLocalName()) : null;
				if (field != null) {
					values.put(field, xml.getElementText());
				}
				else if (depth == 1 && "DATE_SORTIE".equals(xml.getLocalName())) {
					left = !xml.getElementText().isBlank();
				}
				else {
					depth++;
				}
			}
		}
		if (!left && values.containsKey(Field.NATIONAL_ID) && id != null) {
			pupils.put(id, new Pupil(line, values));
		}
	}

	/** A pupil's division (type "D") and groups (type "G", in the file's order). */
	private static void readStructures(XMLStreamReader xml, Map<String, String> divisions,
			Map<String, List<String>> groups) throws XMLStreamException {
		var id = xml.getAttributeValue(null, "ELEVE_ID");
		String code = null;
		String type = null;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (depth == 1 && "D".equals(type) && code != null && id != null) {
					divisions.put(id, code.strip());
				}
				if (depth == 1 && "G".equals(type) && code != null && !code.isBlank() && id != null) {
					var pupilGroups = groups.computeIfAbsent(id, key -> new java.util.ArrayList<>());
					if (!pupilGroups.contains(code.strip())) {
						pupilGroups.add(code.strip());
					}
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "STRUCTURE" -> {
						code = null;
						type = null;
						depth++;
					}
					case "CODE_STRUCTURE" -> code = xml.getElementText();
					case "TYPE_STRUCTURE" -> type = xml.getElementText().strip();
					default -> depth++;
				}
			}
		}
	}

}

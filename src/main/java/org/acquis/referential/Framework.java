package org.acquis.referential;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A framework: the core CRCN or an extension (CRCN-Édu, ...), with its areas and
 * competences.
 */
public record Framework(String code, String name, Kind kind, List<Area> areas) {

	public enum Kind {

		CORE, EXTENSION

	}

	public record Area(String code, String name, List<Competence> competences) {
	}

	public record Competence(String code, String name, String description, String areaCode, List<String> themes,
			Map<Integer, List<String>> levelMilestones) {
	}

	public List<Competence> competences() {
		return this.areas.stream().flatMap(a -> a.competences().stream()).toList();
	}

	public Optional<Competence> competence(String code) {
		return competences().stream().filter(c -> c.code().equals(code)).findFirst();
	}

}

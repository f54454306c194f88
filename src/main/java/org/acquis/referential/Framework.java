package org.acquis.referential;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A framework: the core CRCN or an extension (CRCN-Édu, ...), with its areas and
 * competences, and what each level means (the CRCN's level definitions, the same for
 * every competence; empty when the framework gives none).
 */
public record Framework(String code, String name, Kind kind, List<Area> areas, List<Level> levels) {

	public Framework {
		areas = List.copyOf(areas);
		levels = List.copyOf(levels);
	}

	/** A framework without level definitions. */
	public Framework(String code, String name, Kind kind, List<Area> areas) {
		this(code, name, kind, areas, List.of());
	}

	public enum Kind {

		CORE, EXTENSION

	}

	public record Area(String code, String name, List<Competence> competences) {
	}

	public record Competence(String code, String name, String description, String areaCode, List<String> themes,
			Map<Integer, List<String>> levelMilestones) {
	}

	/**
	 * One level of the framework: its number, its group ("Novice", "Indépendant"...) and
	 * its official definition.
	 */
	public record Level(int number, String group, String definition) {
	}

	/** What a level means, when the framework defines it. */
	public Optional<Level> level(int number) {
		return this.levels.stream().filter(l -> l.number() == number).findFirst();
	}

	public List<Competence> competences() {
		return this.areas.stream().flatMap(a -> a.competences().stream()).toList();
	}

	public Optional<Competence> competence(String code) {
		return competences().stream().filter(c -> c.code().equals(code)).findFirst();
	}

}

package org.acquis.evaluation.domain;

import java.util.Objects;

/**
 * One step of a tube at one level, e.g. id "@moteurRecherche3", tube "moteurRecherche",
 * level 3.
 */
public record Skill(String id, String tube, int level, double pixValue) {

	public Skill {
		Objects.requireNonNull(id);
		Objects.requireNonNull(tube);
	}
}

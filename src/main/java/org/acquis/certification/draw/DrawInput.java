package org.acquis.certification.draw;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the draw knows about a candidate: per competence tested (code -> the skills the
 * candidate validated directly), the challenges each skill may be asked with, those whose
 * answers already validated a skill, and the candidate's language.
 */
public record DrawInput(Map<String, List<ValidatedSkill>> competences, Map<String, List<Option>> challenges,
		Set<String> alreadyAnswered, String language) {

	public DrawInput {
		competences = Map.copyOf(competences);
		challenges = Map.copyOf(challenges);
		alreadyAnswered = Set.copyOf(alreadyAnswered);
	}

	/** A skill the candidate validated directly: {@code @tube3} is tube, level 3. */
	public record ValidatedSkill(String id, String tube, int level) {
	}

	/** A playable challenge of a skill, in a locale ({@code fr}, {@code en}). */
	public record Option(String challengeId, String locale) {
	}

}

package org.acquis.evaluation.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An untested skill that can still be asked, with the challenges allowed for it at this
 * point.
 */
record Candidate(Skill skill, List<Challenge> challenges) {

	static final int EASY_TUBE_MAX_LEVEL = 3;

	static List<Candidate> untestedPlayable(List<Skill> skills, List<Challenge> playable, KnowledgeState state) {
		Map<String, List<Challenge>> bySkill = new LinkedHashMap<>();
		playable
			.forEach(challenge -> bySkill.computeIfAbsent(challenge.skillId(), id -> new ArrayList<>()).add(challenge));
		return skills.stream()
			.filter(skill -> !state.isTested(skill.id()))
			.filter(skill -> bySkill.containsKey(skill.id()))
			.map(skill -> new Candidate(skill, List.copyOf(bySkill.get(skill.id()))))
			.toList();
	}

	/**
	 * Keeps the challenges without a timer. When every remaining candidate is timed, they
	 * are all kept: a timed skill still brings information, and an assessment must not
	 * stop while one does.
	 */
	static List<Candidate> withoutTimed(List<Candidate> candidates) {
		List<Candidate> untimed = candidates.stream()
			.map(candidate -> new Candidate(candidate.skill(),
					candidate.challenges().stream().filter(challenge -> !challenge.timed()).toList()))
			.filter(candidate -> !candidate.challenges().isEmpty())
			.toList();
		return untimed.isEmpty() ? candidates : untimed;
	}

	/**
	 * Prefers the skills of easy tubes (max level in the competence <= 3) when any is
	 * left. Applied after the other filters: applied before, an easy tube whose remaining
	 * skills are all filtered out would hide the other tubes and stop the assessment
	 * early.
	 */
	static List<Candidate> easyTubesFirst(List<Candidate> candidates, List<Skill> competenceSkills) {
		Set<String> easyTubes = easyTubes(competenceSkills);
		List<Candidate> easy = candidates.stream().filter(c -> easyTubes.contains(c.skill().tube())).toList();
		return easy.isEmpty() ? candidates : easy;
	}

	static List<Candidate> keep(List<Candidate> candidates, Predicate<Skill> predicate) {
		return candidates.stream().filter(candidate -> predicate.test(candidate.skill())).toList();
	}

	private static Set<String> easyTubes(Collection<Skill> competenceSkills) {
		return competenceSkills.stream()
			.collect(Collectors.groupingBy(Skill::tube, Collectors.summarizingInt(Skill::level)))
			.entrySet()
			.stream()
			.filter(tube -> tube.getValue().getMax() <= EASY_TUBE_MAX_LEVEL)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** One of the variants, the same one for the same seed. */
	Challenge pick(long seed) {
		return challenges.stream()
			.min(Comparator.comparingLong((Challenge challenge) -> SeededOrder.rank(seed, challenge.id()))
				.thenComparing(Challenge::id))
			.orElseThrow();
	}
}

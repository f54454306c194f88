package org.acquis.certification.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The second version's draw (domain.md §8): per tested competence, the skills the
 * candidate validated directly, hardest level first, at one level by name with the tubes
 * not yet used in this competence first; per skill one playable challenge in the
 * candidate's language, at random, avoiding those whose answers validated a skill (reused
 * when no other); stop after the level that reaches 3, keep 3. Competences in code order,
 * the challenges in drawing order.
 */
public final class CertificationDrawV2 {

	static final int PER_COMPETENCE = 3;

	private final RandomGenerator random;

	public CertificationDrawV2(RandomGenerator random) {
		this.random = random;
	}

	public List<DrawnChallenge> draw(DrawInput input) {
		var drawn = new ArrayList<DrawnChallenge>();
		new TreeMap<>(input.competences())
			.forEach((competence, skills) -> drawn.addAll(competence(competence, skills, input)));
		return List.copyOf(drawn);
	}

	private List<DrawnChallenge> competence(String competence, List<DrawInput.ValidatedSkill> skills, DrawInput input) {
		var byLevel = new TreeMap<Integer, List<DrawInput.ValidatedSkill>>(Comparator.reverseOrder());
		skills.forEach(s -> byLevel.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s));
		var usedTubes = new HashSet<String>();
		var drawn = new ArrayList<DrawnChallenge>();
		for (var level : byLevel.values()) {
			var before = new HashSet<>(usedTubes);
			level.stream()
				.sorted(Comparator.comparing((DrawInput.ValidatedSkill s) -> before.contains(s.tube()))
					.thenComparing(DrawInput.ValidatedSkill::id))
				.forEach(skill -> challenge(skill, input).ifPresent(challengeId -> {
					drawn.add(new DrawnChallenge(challengeId, skill.id(), competence));
					usedTubes.add(skill.tube());
				}));
			if (drawn.size() >= PER_COMPETENCE) {
				break;
			}
		}
		return drawn.subList(0, Math.min(PER_COMPETENCE, drawn.size()));
	}

	/**
	 * One challenge of the skill in the candidate's language (any language when the skill
	 * has none in theirs), not yet answered if possible.
	 */
	private Optional<String> challenge(DrawInput.ValidatedSkill skill, DrawInput input) {
		var options = input.challenges().getOrDefault(skill.id(), List.of());
		var inLanguage = options.stream().filter(o -> o.locale().startsWith(input.language())).toList();
		var pool = inLanguage.isEmpty() ? options : inLanguage;
		var fresh = pool.stream().filter(o -> !input.alreadyAnswered().contains(o.challengeId())).toList();
		var chosen = fresh.isEmpty() ? pool : fresh;
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		var sorted = chosen.stream().map(DrawInput.Option::challengeId).sorted().toList();
		return Optional.of(sorted.get(this.random.nextInt(sorted.size())));
	}

}

package org.acquis.certification.draw;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.acquis.certification.draw.DrawInput.Option;
import org.acquis.certification.draw.DrawInput.ValidatedSkill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The v2 draw (domain.md §8), on a handful of skills. */
class CertificationDrawV2Test {

	private final CertificationDrawV2 draw = new CertificationDrawV2(RandomGenerator.of("L64X128MixRandom"));

	@Test
	void hardestLevelFirstThenByNameWithUnusedTubesFirstAndThreeKept() {
		var skills = List.of(skill("@alpha5"), skill("@beta5"), skill("@alpha4"), skill("@gamma4"), skill("@delta3"));
		var drawn = this.draw.draw(input(Map.of("1.1", skills), Set.of()));

		assertThat(drawn).extracting(DrawnChallenge::skillId)
			.as("level 5 by name, then level 4 with gamma (unused tube) before alpha, cut at 3")
			.containsExactly("@alpha5", "@beta5", "@gamma4");
		assertThat(drawn).allSatisfy(d -> assertThat(d.competence()).isEqualTo("1.1"));
	}

	@Test
	void stopsAfterTheLevelThatReachesThreeAndGivesFewerWhenFewerAreValidated() {
		var drawn = this.draw
			.draw(input(Map.of("1.1", List.of(skill("@alpha2")), "2.3", List.of(skill("@kappa4"), skill("@lambda2"))),
					Set.of()));

		assertThat(drawn).extracting(DrawnChallenge::skillId)
			.as("competences in code order, each in its drawing order")
			.containsExactly("@alpha2", "@kappa4", "@lambda2");
	}

	@Test
	void avoidsChallengesAlreadyAnsweredRightUnlessThereIsNoOther() {
		var skills = List.of(skill("@alpha3"), skill("@beta3"));
		var challenges = Map.of("@alpha3", List.of(new Option("a3-1", "fr"), new Option("a3-2", "fr")), "@beta3",
				List.of(new Option("b3-1", "fr")));
		for (int seed = 0; seed < 20; seed++) {
			var drawn = new CertificationDrawV2(RandomGenerator.of("L64X128MixRandom"))
				.draw(new DrawInput(Map.of("1.1", skills), challenges, Set.of("a3-1", "b3-1"), "fr"));
			assertThat(drawn).extracting(DrawnChallenge::challengeId).containsExactly("a3-2", "b3-1");
		}
	}

	@Test
	void prefersTheCandidatesLanguageAndSkipsSkillsWithoutChallenge() {
		var skills = List.of(skill("@alpha3"), skill("@beta3"));
		var challenges = Map.of("@alpha3", List.of(new Option("a3-fr", "fr"), new Option("a3-en", "en")));
		var drawn = this.draw.draw(new DrawInput(Map.of("1.1", skills), challenges, Set.of(), "en"));

		assertThat(drawn).extracting(DrawnChallenge::challengeId).containsExactly("a3-en");
	}

	@Test
	void drawsAtRandomAmongTheCandidates() {
		var skills = List.of(skill("@alpha3"));
		var challenges = Map.of("@alpha3",
				List.of(new Option("a", "fr"), new Option("b", "fr"), new Option("c", "fr"), new Option("d", "fr")));
		var random = RandomGenerator.of("L64X128MixRandom");
		var seen = new java.util.HashSet<String>();
		for (int i = 0; i < 40; i++) {
			seen.add(new CertificationDrawV2(random)
				.draw(new DrawInput(Map.of("1.1", skills), challenges, Set.of(), "fr"))
				.get(0)
				.challengeId());
		}
		assertThat(seen).hasSizeGreaterThan(1);
	}

	private static ValidatedSkill skill(String id) {
		var tube = id.replaceAll("\\d+$", "").substring(1);
		return new ValidatedSkill(id, tube, Integer.parseInt(id.replaceAll("^\\D+", "")));
	}

	/** Every skill with one challenge of its own in French. */
	private static DrawInput input(Map<String, List<ValidatedSkill>> competences, Set<String> answered) {
		var challenges = new java.util.HashMap<String, List<Option>>();
		competences.values()
			.forEach(list -> list.forEach(s -> challenges.put(s.id(), List.of(new Option(s.id() + "-c", "fr")))));
		return new DrawInput(competences, challenges, answered, "fr");
	}

}

package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompetenceScoringTest {

	private final CompetenceScoring scoring = new CompetenceScoring();

	/** Three tubes at levels 1..maxLevel: three skills of 8/3 pix at each level. */
	private static List<Skill> threeTubes(int maxLevel) {
		List<Skill> skills = new ArrayList<>();
		for (String tube : List.of("a", "b", "c")) {
			for (int level = 1; level <= maxLevel; level++) {
				skills.add(new Skill("@" + tube + level, tube, level, 8.0 / 3));
			}
		}
		return skills;
	}

	private static List<KnowledgeElement> allValidated(List<Skill> skills) {
		return skills.stream().map(skill -> Kes.validated(skill.id())).toList();
	}

	@Test
	void nineSkillsOfEightThirdsGiveExactlyTwentyFourPix() {
		List<Skill> skills = threeTubes(3);

		assertThat(scoring.score(skills, allValidated(skills), 5)).isEqualTo(new Score(24, 3));
	}

	@Test
	void pixAreFlooredAndLevelIsWholeLevelsOfEightPix() {
		List<Skill> skills = threeTubes(3);
		// two of 8/3 at level 1 + three at level 2 = 13.33
		List<KnowledgeElement> state = allValidated(
				List.of(skills.get(0), skills.get(3), skills.get(1), skills.get(4), skills.get(7)));

		assertThat(scoring.score(skills, state, 5)).isEqualTo(new Score(13, 1));
	}

	@Test
	void pixAndLevelAreCappedAtTheMaxLevel() {
		List<Skill> skills = threeTubes(6);

		assertThat(scoring.score(skills, allValidated(skills), 5)).isEqualTo(new Score(40, 5));
		assertThat(scoring.score(skills, allValidated(skills), 6)).isEqualTo(new Score(48, 6));
	}

	@Test
	void onlyTheLatestValidatedElementsOfTheCompetenceCount() {
		List<Skill> skills = threeTubes(1);
		List<KnowledgeElement> history = List.of(Kes.validated("@a1"), Kes.inferredValidated("@b1"),
				Kes.invalidated("@c1"), Kes.validated("@elsewhere1"), Kes.validated("@c1", Kes.T0.minusSeconds(60)));

		assertThat(scoring.score(skills, history, 5)).isEqualTo(new Score(5, 0));
	}

	@Test
	void resetElementsBringTheScoreBackToZero() {
		List<Skill> skills = threeTubes(3);
		List<KnowledgeElement> history = new ArrayList<>(allValidated(skills));
		skills.forEach(skill -> history.add(Kes.reset(skill.id(), Kes.T0.plusSeconds(1))));

		assertThat(scoring.score(skills, history, 5)).isEqualTo(Score.ZERO);
	}

}

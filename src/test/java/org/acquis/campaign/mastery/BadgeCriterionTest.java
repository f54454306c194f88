package org.acquis.campaign.mastery;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeCriterionTest {

	/** @recherche: 3 of 4 validated; @securite: 1 of 2. */
	private final List<SkillOutcome> outcomes = List.of(outcome("r1", "@recherche", true),
			outcome("r2", "@recherche", true), outcome("r3", "@recherche", true), outcome("r4", "@recherche", false),
			outcome("s1", "@securite", true), outcome("s2", "@securite", false));

	@Test
	void theWholeParticipationAtOrAboveTheThreshold() {
		// 4 of 6 = 66.7 %
		assertThat(BadgeCriterion.wholeParticipation(66).metBy(this.outcomes)).isTrue();
		assertThat(BadgeCriterion.wholeParticipation(67).metBy(this.outcomes)).isFalse();
		assertThat(BadgeCriterion.wholeParticipation(0).metBy(this.outcomes)).isTrue();
	}

	@Test
	void someTubesOnlyCountTheirOwnSkills() {
		assertThat(new BadgeCriterion(75, Set.of("@recherche")).metBy(this.outcomes)).isTrue();
		assertThat(new BadgeCriterion(76, Set.of("@recherche")).metBy(this.outcomes)).isFalse();
		assertThat(new BadgeCriterion(50, Set.of("@securite")).metBy(this.outcomes)).isTrue();
		assertThat(new BadgeCriterion(51, Set.of("@securite")).metBy(this.outcomes)).isFalse();
		// 4 of 6 over both tubes
		assertThat(new BadgeCriterion(66, Set.of("@recherche", "@securite")).metBy(this.outcomes)).isTrue();
	}

	@Test
	void aTubeWithoutTargetSkillsMeetsNothingNotEvenAZeroThreshold() {
		assertThat(new BadgeCriterion(0, Set.of("@ailleurs")).metBy(this.outcomes)).isFalse();
		assertThat(BadgeCriterion.wholeParticipation(0).metBy(List.of())).isFalse();
	}

	@Test
	void aBadgeNeedsEveryCriterionAndOneAtLeast() {
		var both = List.of(BadgeCriterion.wholeParticipation(60), new BadgeCriterion(75, Set.of("@recherche")));
		assertThat(BadgeCriterion.allMet(both, this.outcomes)).isTrue();
		var oneFails = List.of(BadgeCriterion.wholeParticipation(60), new BadgeCriterion(60, Set.of("@securite")));
		assertThat(BadgeCriterion.allMet(oneFails, this.outcomes)).isFalse();
		assertThat(BadgeCriterion.allMet(List.of(), this.outcomes)).isFalse();
	}

	private static SkillOutcome outcome(String id, String tube, boolean validated) {
		return new SkillOutcome(id, tube, "1.1", 1, validated);
	}

}

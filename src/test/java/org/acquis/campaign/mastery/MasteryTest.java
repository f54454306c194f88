package org.acquis.campaign.mastery;

import java.util.List;

import org.acquis.campaign.targetprofile.TargetProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasteryTest {

	private static final List<TargetProfile.Stage> STAGES = List.of(new TargetProfile.Stage(60, "B", ""),
			new TargetProfile.Stage(0, "0", ""), new TargetProfile.Stage(30, "A", ""));

	@Test
	void theStageReachedIsTheHighestThresholdAtOrBelowTheRateAndStageZeroAlways() {
		assertThat(Mastery.stage(STAGES, 0).number()).isZero();
		assertThat(Mastery.stage(STAGES, 0.2999).number()).isZero();
		assertThat(Mastery.stage(STAGES, 0.30).number()).isEqualTo(1);
		assertThat(Mastery.stage(STAGES, 0.6).stage().title()).isEqualTo("B");
		assertThat(Mastery.stage(STAGES, 1).last()).isEqualTo(2);
		assertThat(Mastery.stage(List.of(), 1)).isNull();
	}

	@Test
	void ratesPerCompetenceAndTube() {
		var outcomes = List.of(new SkillOutcome("@a1", "@a", "1.1", 1, true),
				new SkillOutcome("@a2", "@a", "1.1", 2, false), new SkillOutcome("@b1", "@b", "4.2", 1, true));
		assertThat(Mastery.byCompetence(outcomes)).containsExactly(new Rate("1.1", 1, 2), new Rate("4.2", 1, 1));
		assertThat(Mastery.byTube(outcomes).get(0).percent()).isEqualTo(50);
		assertThat(Mastery.overall(outcomes).percent()).as("rounded down").isEqualTo(66);
	}

	@Test
	void recommendsTheTubesLeastMasteredAndEasiestFirstAndNeverAMasteredOne() {
		var hard = new TubeStats("@hard", 6, 1, 10, 0.1, 0.2, 1);
		var easy = new TubeStats("@easy", 2, 1, 10, 0.1, 0.2, 1);
		var mastered = new TubeStats("@done", 1, 10, 10, 1, 0, 0);
		var halfway = new TubeStats("@half", 2, 5, 10, 0.5, 1, 1);
		var recommended = Recommendations.of(List.of(hard, mastered, halfway, easy), 5);
		assertThat(recommended).extracting(Recommendations.Recommended::tube)
			.containsExactly("@easy", "@half", "@hard");
		assertThat(recommended.get(0).score()).isEqualTo(Math.round(40 * 0.9 + 30 * (1 - 1 / 7.0) + 20 * 0.2 + 10));
	}

}

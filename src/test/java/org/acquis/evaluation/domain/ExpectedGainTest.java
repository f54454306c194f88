package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ExpectedGainTest {

	private final List<Skill> tube = IntStream.rangeClosed(1, 5).mapToObj(level -> Kes.skill("a", level)).toList();

	@Test
	void gainWeighsTheSkillsResolvedBySuccessAndByFailure() {
		// given θ = 4 and the whole tube untested
		ExpectedGain gain = new ExpectedGain(tube, KnowledgeState.of(List.of()), 4.0);
		double p1 = 1 / (1 + Math.exp(-3));

		// then: level 1 resolves 1 skill if right, 5 if wrong; levels 3 and 4 tie at 3
		assertThat(gain.of(tube.get(0))).isCloseTo(p1 * 1 + (1 - p1) * 5, within(1e-12));
		assertThat(gain.of(tube.get(2))).isCloseTo(3.0, within(1e-12));
		assertThat(gain.of(tube.get(3))).isCloseTo(3.0, within(1e-12));
	}

	@Test
	void testedSkillsOfTheTubeAreNotCounted() {
		ExpectedGain gain = new ExpectedGain(tube, KnowledgeState.of(List.of(Kes.invalidated("@a5"))), 4.0);

		// level 4 at θ = 4: half of 4 skills below, half of 1 (itself) above
		assertThat(gain.of(tube.get(3))).isCloseTo(2.5, within(1e-12));
	}

}

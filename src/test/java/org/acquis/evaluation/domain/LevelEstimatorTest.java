package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LevelEstimatorTest {

	private final LevelEstimator estimator = new LevelEstimator();

	private final List<Skill> skills = IntStream.rangeClosed(1, 7).mapToObj(level -> Kes.skill("a", level)).toList();

	@Test
	void withoutAnswerTheEstimateIsTheMiddleOfTheScale() {
		assertThat(estimator.estimate(skills, List.of())).isEqualTo(3.5);
	}

	@Test
	void allRightAnswersGiveAHighEstimateButAFiniteOne() {
		List<KnowledgeElement> allRight = IntStream.rangeClosed(1, 6)
			.mapToObj(level -> Kes.validated("@a" + level))
			.toList();

		assertThat(estimator.estimate(skills, allRight)).isEqualTo(7.0);
	}

	@Test
	void allWrongAnswersGiveTheLowestEstimate() {
		List<KnowledgeElement> allWrong = IntStream.rangeClosed(1, 3)
			.mapToObj(level -> Kes.invalidated("@a" + level))
			.toList();

		assertThat(estimator.estimate(skills, allWrong)).isEqualTo(0.5);
	}

	@Test
	void aSingleFailureAtLevelTwoGivesLevelOne() {
		assertThat(estimator.estimate(skills, List.of(Kes.invalidated("@a2")))).isEqualTo(1.0);
	}

	@Test
	void inferredElementsAreNotEvidence() {
		assertThat(estimator.estimate(skills, List.of(Kes.inferredValidated("@a6")))).isEqualTo(3.5);
	}

	@Test
	void estimateStaysOnTheHalfLevelGrid() {
		double theta = estimator.estimate(skills, List.of(Kes.validated("@a3"), Kes.invalidated("@a5")));

		assertThat(theta * 2).isEqualTo(Math.rint(theta * 2));
		assertThat(theta).isBetween(3.0, 5.0);
	}

	@Test
	void successProbabilityIsOneHalfAtTheSkillsLevel() {
		assertThat(LevelEstimator.successProbability(4, 4)).isEqualTo(0.5);
		assertThat(LevelEstimator.successProbability(5, 4)).isGreaterThan(0.7);
	}

}

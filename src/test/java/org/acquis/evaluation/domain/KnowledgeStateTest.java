package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.evaluation.domain.Kes.T0;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnowledgeStateTest {

	@Test
	void keepsTheLatestKnowledgeElementOfEachSkill() {
		KnowledgeState state = KnowledgeState
			.of(List.of(Kes.validated("@a1", T0.plus(Duration.ofDays(1))), Kes.invalidated("@a1", T0)));

		assertThat(state.of("@a1")).hasValueSatisfying(element -> assertThat(element.isValidated()).isTrue());
	}

	@Test
	void latestResetMakesTheSkillUntestedAgain() {
		KnowledgeState state = KnowledgeState
			.of(List.of(Kes.validated("@a1", T0), Kes.reset("@a1", T0.plusSeconds(1))));

		assertThat(state.isTested("@a1")).isFalse();
		assertThat(state.isEmpty()).isTrue();
	}

	@Test
	void answerAfterAResetCountsAgain() {
		KnowledgeState state = KnowledgeState.of(List.of(Kes.validated("@a1", T0), Kes.reset("@a1", T0.plusSeconds(1)),
				Kes.invalidated("@a1", T0.plusSeconds(2))));

		assertThat(state.of("@a1")).hasValueSatisfying(element -> assertThat(element.isInvalidated()).isTrue());
	}

	@Test
	void onEqualTimestampsTheLaterWrittenWins() {
		KnowledgeState state = KnowledgeState.of(List.of(Kes.validated("@a1", T0), Kes.reset("@a1", T0)));

		assertThat(state.isTested("@a1")).isFalse();
	}

}

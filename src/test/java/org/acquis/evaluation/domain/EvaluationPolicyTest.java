package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.evaluation.domain.Kes.T0;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationPolicyTest {

	private static final Instant LAST = T0.plus(Duration.ofHours(2));

	private final List<KnowledgeElement> history = List.of(Kes.invalidated("@a3", T0), Kes.validated("@a1", LAST));

	private static EvaluationPolicy at(Instant now) {
		return new EvaluationPolicy(Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void resetIsAllowedExactlySevenDaysAfterTheLastKnowledgeElement() {
		assertThat(at(LAST.plus(Duration.ofDays(7)).minusSeconds(1)).canReset(history)).isFalse();
		assertThat(at(LAST.plus(Duration.ofDays(7))).canReset(history)).isTrue();
		assertThat(at(LAST).resetAllowedAt(history)).hasValue(LAST.plus(Duration.ofDays(7)));
	}

	@Test
	void nothingToResetWithoutKnowledgeElements() {
		assertThat(at(LAST.plus(Duration.ofDays(30))).canReset(List.of())).isFalse();
	}

	@Test
	void resetWritesAResetElementPerSkillAndEmptiesTheState() {
		// given
		Instant now = LAST.plus(Duration.ofDays(8));

		// when
		List<KnowledgeElement> resets = at(now).reset(history);

		// then
		List<KnowledgeElement> after = new ArrayList<>(history);
		after.addAll(resets);
		assertThat(resets).extracting(KnowledgeElement::skillId).containsExactlyInAnyOrder("@a1", "@a3");
		assertThat(resets).allSatisfy(element -> assertThat(element.createdAt()).isEqualTo(now));
		assertThat(KnowledgeState.of(after).isEmpty()).isTrue();
		assertThat(at(now.plus(Duration.ofDays(30))).canReset(after)).isFalse();
	}

	@Test
	void improvementIsAllowedExactlyFourDaysAfterTheLastKnowledgeElementOfACompletedEvaluation() {
		assertThat(at(LAST.plus(Duration.ofDays(4)).minusSeconds(1)).canImprove(history, true)).isFalse();
		assertThat(at(LAST.plus(Duration.ofDays(4))).canImprove(history, true)).isTrue();
		assertThat(at(LAST.plus(Duration.ofDays(40))).canImprove(history, false)).isFalse();
		assertThat(at(LAST.plus(Duration.ofDays(40))).canImprove(List.of(), true)).isFalse();
		assertThat(at(LAST).improveAllowedAt(history)).as("the day the page announces")
			.contains(LAST.plus(Duration.ofDays(4)));
		assertThat(at(LAST).improveAllowedAt(List.of())).isEmpty();
	}

	@Test
	void improvementForgetsFailuresOlderThanFourDaysAndKeepsSuccesses() {
		// given
		Instant start = T0.plus(Duration.ofDays(10));
		List<KnowledgeElement> kes = List.of(Kes.validated("@a1", T0),
				Kes.invalidated("@a2", start.minus(Duration.ofDays(4)).minusSeconds(1)),
				Kes.invalidated("@a3", start.minus(Duration.ofDays(4))),
				Kes.invalidated("@a4", start.minus(Duration.ofDays(1))));

		// when
		List<KnowledgeElement> state = at(start).stateForImprovement(kes, start);

		// then: a failure exactly 4 days old is not older than 4 days
		assertThat(state).extracting(KnowledgeElement::skillId).containsExactlyInAnyOrder("@a1", "@a3", "@a4");
	}

	@Test
	void improvementJudgesTheLatestElementOfEachSkill() {
		Instant start = T0.plus(Duration.ofDays(10));
		List<KnowledgeElement> kes = List.of(Kes.validated("@a1", T0), Kes.invalidated("@a1", T0.plusSeconds(1)));

		assertThat(at(start).stateForImprovement(kes, start)).isEmpty();
	}

}

package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.evaluation.domain.KnowledgeElementSource.DIRECT;
import static org.acquis.evaluation.domain.KnowledgeElementSource.INFERRED;
import static org.acquis.evaluation.domain.KnowledgeElementStatus.INVALIDATED;
import static org.acquis.evaluation.domain.KnowledgeElementStatus.VALIDATED;
import static org.acquis.evaluation.domain.Kes.T0;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnowledgeElementInferenceTest {

	private static final Instant NOW = T0.plusSeconds(60);

	private final KnowledgeElementInference inference = new KnowledgeElementInference();

	private final List<Skill> skills = List.of(Kes.skill("a", 1), Kes.skill("a", 2), Kes.skill("a", 3),
			Kes.skill("a", 4), Kes.skill("a", 5), Kes.skill("b", 1), Kes.skill("b", 5));

	private static KnowledgeElement ke(String skillId, KnowledgeElementStatus status, KnowledgeElementSource source) {
		return new KnowledgeElement(skillId, status, source, NOW);
	}

	@Test
	void rightAnswerValidatesTheSkillAndInfersTheUntestedEasierSkillsOfItsTube() {
		List<KnowledgeElement> created = inference.infer(skills, List.of(), Kes.skill("a", 3), true, NOW);

		assertThat(created).containsExactly(ke("@a3", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED),
				ke("@a2", VALIDATED, INFERRED));
	}

	@Test
	void wrongAnswerInvalidatesTheSkillAndInfersTheUntestedHarderSkillsOfItsTube() {
		List<KnowledgeElement> created = inference.infer(skills, List.of(), Kes.skill("a", 3), false, NOW);

		assertThat(created).containsExactly(ke("@a3", INVALIDATED, DIRECT), ke("@a4", INVALIDATED, INFERRED),
				ke("@a5", INVALIDATED, INFERRED));
	}

	@Test
	void alreadyTestedSkillsAreNeverContradicted() {
		// given a2 already failed
		List<KnowledgeElement> state = List.of(Kes.invalidated("@a2"));

		// when a4 is answered right
		List<KnowledgeElement> created = inference.infer(skills, state, Kes.skill("a", 4), true, NOW);

		// then
		assertThat(created).containsExactly(ke("@a4", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED),
				ke("@a3", VALIDATED, INFERRED));
	}

	@Test
	void answerOnATestedSkillCreatesNoDirectElementButStillInfers() {
		List<KnowledgeElement> state = List.of(Kes.validated("@a3"));

		List<KnowledgeElement> created = inference.infer(skills, state, Kes.skill("a", 3), false, NOW);

		assertThat(created).containsExactly(ke("@a4", INVALIDATED, INFERRED), ke("@a5", INVALIDATED, INFERRED));
	}

	@Test
	void resetSkillsAreUntestedAndReceiveElementsAgain() {
		List<KnowledgeElement> history = List.of(Kes.validated("@a1", T0), Kes.reset("@a1", T0.plusSeconds(1)));

		List<KnowledgeElement> created = inference.infer(skills, history, Kes.skill("a", 2), true, NOW);

		assertThat(created).containsExactly(ke("@a2", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED));
	}

	@Test
	void otherTubesAreUntouched() {
		List<KnowledgeElement> created = inference.infer(skills, List.of(), Kes.skill("b", 5), true, NOW);

		assertThat(created).containsExactly(ke("@b5", VALIDATED, DIRECT), ke("@b1", VALIDATED, INFERRED));
	}

}

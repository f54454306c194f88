package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.evaluation.domain.KnowledgeElementSource.DIRECT;
import static org.acquis.evaluation.domain.KnowledgeElementSource.INFERRED;
import static org.acquis.evaluation.domain.KnowledgeElementStatus.INVALIDATED;
import static org.acquis.evaluation.domain.KnowledgeElementStatus.VALIDATED;
import static org.acquis.evaluation.domain.Kes.T0;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class KnowledgeElementInferenceTest {

	private static final Instant NOW = T0.plusSeconds(60);

	private final KnowledgeElementInference inference = new KnowledgeElementInference();

	private final List<Skill> skills = List.of(Kes.skill("a", 1), Kes.skill("a", 2), Kes.skill("a", 3),
			Kes.skill("a", 4), Kes.skill("a", 5), Kes.skill("b", 1), Kes.skill("b", 5));

	private static final UUID THIS_ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID EARLIER_ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-000000000002");

	private static KnowledgeElement ke(String skillId, KnowledgeElementStatus status, KnowledgeElementSource source) {
		return new KnowledgeElement(skillId, status, source, NOW, THIS_ASSESSMENT);
	}

	private List<KnowledgeElement> infer(List<KnowledgeElement> history, Skill answered, boolean ok) {
		return inference.infer(skills, history, THIS_ASSESSMENT, answered, ok, NOW);
	}

	@Test
	void rightAnswerValidatesTheSkillAndInfersTheUntestedEasierSkillsOfItsTube() {
		List<KnowledgeElement> created = infer(List.of(), Kes.skill("a", 3), true);

		assertThat(created).containsExactly(ke("@a3", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED),
				ke("@a2", VALIDATED, INFERRED));
	}

	@Test
	void wrongAnswerInvalidatesTheSkillAndInfersTheUntestedHarderSkillsOfItsTube() {
		List<KnowledgeElement> created = infer(List.of(), Kes.skill("a", 3), false);

		assertThat(created).containsExactly(ke("@a3", INVALIDATED, DIRECT), ke("@a4", INVALIDATED, INFERRED),
				ke("@a5", INVALIDATED, INFERRED));
	}

	@Test
	void skillsAlreadyAssessedInThisAssessmentAreNeverContradicted() {
		// given a2 already failed in this assessment
		List<KnowledgeElement> state = List.of(Kes.in(THIS_ASSESSMENT, Kes.invalidated("@a2")));

		// when a4 is answered right
		List<KnowledgeElement> created = infer(state, Kes.skill("a", 4), true);

		// then
		assertThat(created).containsExactly(ke("@a4", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED),
				ke("@a3", VALIDATED, INFERRED));
	}

	@Test
	void answerOnASkillAssessedInThisAssessmentCreatesNoDirectElementButStillInfers() {
		List<KnowledgeElement> state = List.of(Kes.in(THIS_ASSESSMENT, Kes.validated("@a3")));

		List<KnowledgeElement> created = infer(state, Kes.skill("a", 3), false);

		assertThat(created).containsExactly(ke("@a4", INVALIDATED, INFERRED), ke("@a5", INVALIDATED, INFERRED));
	}

	@Test
	void resetSkillsAreUntestedAndReceiveElementsAgain() {
		List<KnowledgeElement> history = List.of(Kes.in(THIS_ASSESSMENT, Kes.validated("@a1", T0)),
				Kes.reset("@a1", T0.plusSeconds(1)));

		List<KnowledgeElement> created = infer(history, Kes.skill("a", 2), true);

		assertThat(created).containsExactly(ke("@a2", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED));
	}

	@Test
	void otherTubesAreUntouched() {
		List<KnowledgeElement> created = infer(List.of(), Kes.skill("b", 5), true);

		assertThat(created).containsExactly(ke("@b5", VALIDATED, DIRECT), ke("@b1", VALIDATED, INFERRED));
	}

	@Test
	void aLaterSuccessRevalidatesEasierSkillsFailedInAnEarlierAssessment() {
		// given a3 failed directly, a4 and a5 by inference, in September's campaign
		List<KnowledgeElement> september = List.of(Kes.in(EARLIER_ASSESSMENT, Kes.validated("@a1")),
				Kes.in(EARLIER_ASSESSMENT, Kes.invalidated("@a3")),
				Kes.in(EARLIER_ASSESSMENT, new KnowledgeElement("@a4", INVALIDATED, INFERRED, T0)));

		// when a4 is answered right in March's evaluation
		List<KnowledgeElement> created = infer(september, Kes.skill("a", 4), true);

		// then a4 and every easier skill get a new element, a3 back to validated
		assertThat(created).containsExactly(ke("@a4", VALIDATED, DIRECT), ke("@a1", VALIDATED, INFERRED),
				ke("@a2", VALIDATED, INFERRED), ke("@a3", VALIDATED, INFERRED));
		List<KnowledgeElement> march = new java.util.ArrayList<>(september);
		march.addAll(created);
		assertThat(KnowledgeState.of(march).of("@a3")).hasValueSatisfying(e -> assertThat(e.isValidated()).isTrue());
	}

	@Test
	void aLaterFailureInvalidatesHarderSkillsValidatedInAnEarlierAssessment() {
		List<KnowledgeElement> earlier = List.of(Kes.in(EARLIER_ASSESSMENT, Kes.validated("@a5")));

		List<KnowledgeElement> created = infer(earlier, Kes.skill("a", 3), false);

		assertThat(created).containsExactly(ke("@a3", INVALIDATED, DIRECT), ke("@a4", INVALIDATED, INFERRED),
				ke("@a5", INVALIDATED, INFERRED));
	}

}

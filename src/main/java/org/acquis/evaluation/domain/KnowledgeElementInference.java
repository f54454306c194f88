package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The knowledge elements one answer creates (domain.md §4): mastering a skill implies
 * mastering the easier ones of its tube, failing it implies failing the harder ones. Only
 * skills not yet assessed in this assessment receive one, so an answer of this assessment
 * is never contradicted; an element from an earlier assessment is superseded by the new
 * one (a failure in September gives way to a success in March), as on the national
 * platform.
 */
public final class KnowledgeElementInference {

	public List<KnowledgeElement> infer(List<Skill> competenceSkills, List<KnowledgeElement> history, UUID assessmentId,
			Skill answeredSkill, boolean ok, Instant at) {
		KnowledgeState assessedHere = assessedIn(assessmentId, history);
		KnowledgeElementStatus status = ok ? KnowledgeElementStatus.VALIDATED : KnowledgeElementStatus.INVALIDATED;
		List<KnowledgeElement> created = new ArrayList<>();
		if (!assessedHere.isTested(answeredSkill.id())) {
			created
				.add(new KnowledgeElement(answeredSkill.id(), status, KnowledgeElementSource.DIRECT, at, assessmentId));
		}
		competenceSkills.stream()
			.filter(skill -> skill.tube().equals(answeredSkill.tube()))
			.filter(skill -> ok ? skill.level() < answeredSkill.level() : skill.level() > answeredSkill.level())
			.filter(skill -> !assessedHere.isTested(skill.id()))
			.sorted(Comparator.comparingInt(Skill::level))
			.forEach(skill -> created
				.add(new KnowledgeElement(skill.id(), status, KnowledgeElementSource.INFERRED, at, assessmentId)));
		return created;
	}

	/**
	 * The skills this assessment has assessed: its own elements, unless a later reset
	 * (which belongs to no assessment) made the skill untested again.
	 */
	private static KnowledgeState assessedIn(UUID assessmentId, List<KnowledgeElement> history) {
		return KnowledgeState.of(history.stream().filter(e -> e.isReset() || e.isOf(assessmentId)).toList());
	}

}

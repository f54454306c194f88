package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The knowledge elements one answer creates (domain.md §4): mastering a skill implies
 * mastering the easier ones of its tube, failing it implies failing the harder ones. Only
 * untested skills receive one, so an earlier answer is never contradicted.
 */
public final class KnowledgeElementInference {

	public List<KnowledgeElement> infer(List<Skill> competenceSkills, List<KnowledgeElement> knowledgeElements,
			Skill answeredSkill, boolean ok, Instant at) {
		KnowledgeState state = KnowledgeState.of(knowledgeElements);
		KnowledgeElementStatus status = ok ? KnowledgeElementStatus.VALIDATED : KnowledgeElementStatus.INVALIDATED;
		List<KnowledgeElement> created = new ArrayList<>();
		if (!state.isTested(answeredSkill.id())) {
			created.add(new KnowledgeElement(answeredSkill.id(), status, KnowledgeElementSource.DIRECT, at));
		}
		competenceSkills.stream()
			.filter(skill -> skill.tube().equals(answeredSkill.tube()))
			.filter(skill -> ok ? skill.level() < answeredSkill.level() : skill.level() > answeredSkill.level())
			.filter(skill -> !state.isTested(skill.id()))
			.sorted(Comparator.comparingInt(Skill::level))
			.forEach(skill -> created
				.add(new KnowledgeElement(skill.id(), status, KnowledgeElementSource.INFERRED, at)));
		return created;
	}

}

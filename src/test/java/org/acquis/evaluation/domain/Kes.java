package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

/** Short knowledge-element builders for tests. */
final class Kes {

	static final Instant T0 = Instant.parse("2025-10-01T10:00:00Z");

	private Kes() {
	}

	static KnowledgeElement validated(String skillId) {
		return validated(skillId, T0);
	}

	static KnowledgeElement validated(String skillId, Instant at) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.VALIDATED, KnowledgeElementSource.DIRECT, at);
	}

	static KnowledgeElement invalidated(String skillId) {
		return invalidated(skillId, T0);
	}

	static KnowledgeElement invalidated(String skillId, Instant at) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.INVALIDATED, KnowledgeElementSource.DIRECT, at);
	}

	static KnowledgeElement inferredValidated(String skillId) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.VALIDATED, KnowledgeElementSource.INFERRED, T0);
	}

	static KnowledgeElement reset(String skillId, Instant at) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.RESET, KnowledgeElementSource.DIRECT, at);
	}

	/** The same element, given by an answer of this assessment. */
	static KnowledgeElement in(UUID assessmentId, KnowledgeElement element) {
		return new KnowledgeElement(element.skillId(), element.status(), element.source(), element.createdAt(),
				assessmentId);
	}

	static Skill skill(String tube, int level) {
		return new Skill("@" + tube + level, tube, level, 1);
	}

	static Challenge untimed(Skill skill) {
		return new Challenge("rec" + skill.id().substring(1), skill.id(), false);
	}

	static Challenge timed(Skill skill) {
		return new Challenge("rec" + skill.id().substring(1) + "t", skill.id(), true);
	}

}

package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one answer says about one skill for the user, at a moment. Never updated: a newer
 * one supersedes it.
 */
public record KnowledgeElement(String skillId, KnowledgeElementStatus status, KnowledgeElementSource source,
		Instant createdAt) {

	public KnowledgeElement {
		Objects.requireNonNull(skillId);
		Objects.requireNonNull(status);
		Objects.requireNonNull(source);
		Objects.requireNonNull(createdAt);
	}

	public boolean isValidated() {
		return status == KnowledgeElementStatus.VALIDATED;
	}

	public boolean isInvalidated() {
		return status == KnowledgeElementStatus.INVALIDATED;
	}

	public boolean isDirect() {
		return source == KnowledgeElementSource.DIRECT;
	}

	public KnowledgeElement reset(Instant at) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.RESET, source, at);
	}
}

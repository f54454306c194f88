package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one answer says about one skill for the user, at a moment. Never updated: a newer
 * one supersedes it.
 *
 * @param assessmentId the assessment whose answer gave it, null for a reset (or an
 * element written outside any assessment)
 */
public record KnowledgeElement(String skillId, KnowledgeElementStatus status, KnowledgeElementSource source,
		Instant createdAt, @Nullable UUID assessmentId) {

	public KnowledgeElement {
		Objects.requireNonNull(skillId);
		Objects.requireNonNull(status);
		Objects.requireNonNull(source);
		Objects.requireNonNull(createdAt);
	}

	/** An element given outside any assessment. */
	public KnowledgeElement(String skillId, KnowledgeElementStatus status, KnowledgeElementSource source,
			Instant createdAt) {
		this(skillId, status, source, createdAt, null);
	}

	public boolean isValidated() {
		return status == KnowledgeElementStatus.VALIDATED;
	}

	public boolean isInvalidated() {
		return status == KnowledgeElementStatus.INVALIDATED;
	}

	public boolean isReset() {
		return status == KnowledgeElementStatus.RESET;
	}

	public boolean isDirect() {
		return source == KnowledgeElementSource.DIRECT;
	}

	public boolean isOf(UUID assessment) {
		return assessment.equals(assessmentId);
	}

	/** A reset belongs to no assessment: it makes the skill untested in all of them. */
	public KnowledgeElement reset(Instant at) {
		return new KnowledgeElement(skillId, KnowledgeElementStatus.RESET, source, at, null);
	}
}

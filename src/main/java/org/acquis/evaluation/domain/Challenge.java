package org.acquis.evaluation.domain;

import java.util.Objects;

/**
 * A question testing one skill; several interchangeable challenges may test the same
 * skill.
 */
public record Challenge(String id, String skillId, boolean timed) {

	public Challenge {
		Objects.requireNonNull(id);
		Objects.requireNonNull(skillId);
	}
}

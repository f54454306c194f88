package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a learner's answers say about each skill at {@code takenAt}: the latest knowledge
 * element per skill that counts in the profile, in every framework; a skill reset or
 * never assessed is absent. A campaign keeps one when results are shared; a certification
 * draws its questions from the validated skills.
 */
@NamedInterface("knowledge")
public record KnowledgeSnapshot(UUID userId, Instant takenAt, List<Element> elements) {

	public KnowledgeSnapshot {
		elements = List.copyOf(elements);
	}

	public Set<String> validatedSkills() {
		return this.elements.stream().filter(Element::validated).map(Element::skillId).collect(Collectors.toSet());
	}

	/**
	 * The state of one skill: validated or not, directly (answered) or inferred from
	 * another answer, when, and in which assessment (null for an element without one).
	 */
	@NamedInterface("knowledge")
	public record Element(String skillId, String tube, String framework, String competence, boolean validated,
			boolean inferred, Instant createdAt, @Nullable UUID assessmentId) {
	}

}

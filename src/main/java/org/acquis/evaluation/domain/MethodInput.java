package org.acquis.evaluation.domain;

import java.util.List;

/**
 * What a method knows when it chooses: the assessment's skills and their playable
 * challenges, the learner's knowledge elements on those skills that count for this
 * assessment (oldest first, this assessment's included), the question answered last in
 * this assessment ({@link PreviousQuestion#NONE} before the first answer), the
 * assessment's seed and how many answers it holds.
 */
public record MethodInput(List<Skill> skills, List<Challenge> playable, List<KnowledgeElement> history,
		PreviousQuestion previous, long seed, int answers) {
}

package org.acquis.evaluation.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a method knows when it chooses: the assessment's skills and their playable
 * challenges, the learner's knowledge elements on those skills that count for this
 * assessment (oldest first, this assessment's included), the question answered last in
 * this assessment ({@link PreviousQuestion#NONE} before the first answer), the
 * assessment's seed, how many answers it holds, and the assessment's id (for a method
 * that keeps its own state per assessment, such as a certification's draw; null in pure
 * tests).
 */
public record MethodInput(List<Skill> skills, List<Challenge> playable, List<KnowledgeElement> history,
		PreviousQuestion previous, long seed, int answers, @Nullable UUID assessmentId) {

	public MethodInput(List<Skill> skills, List<Challenge> playable, List<KnowledgeElement> history,
			PreviousQuestion previous, long seed, int answers) {
		this(skills, playable, history, previous, seed, answers, null);
	}

}

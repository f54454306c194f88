package org.acquis.certification.scoring.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A course to score: its challenges in drawing order with what became of each, the
 * profile the draw was made from (competence -> level and pix, uncapped), the highest
 * level open, and why the test stopped early (null when it did not, or no reason was
 * given).
 */
public record ScoringInput(List<ScoredChallenge> challenges, Map<String, ProfileLevel> profile, int maxLevel,
		@Nullable AbortReason abortReason) {

	public ScoringInput {
		challenges = List.copyOf(challenges);
		profile = Map.copyOf(profile);
	}

	/** Why a test stopped before its end: the candidate left, or a technical problem. */
	public enum AbortReason {

		CANDIDATE, TECHNICAL

	}

	/** A competence's level and pix in the profile. */
	public record ProfileLevel(int level, int pix) {
	}

	/**
	 * One drawn challenge: its competence, whether it is a QROCM-dep, its outcome, and
	 * whether an incident report concerns it (neutralising it unless it is right).
	 */
	public record ScoredChallenge(String challengeId, String competence, boolean qrocmDep, Outcome outcome,
			boolean incident) {
	}

	/**
	 * Only RIGHT is right: skipped, timed out, focused out and partial answers are WRONG.
	 */
	public enum Outcome {

		RIGHT, WRONG, UNANSWERED

	}

}

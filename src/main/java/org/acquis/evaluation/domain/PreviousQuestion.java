package org.acquis.evaluation.domain;

/**
 * The question answered last in this assessment, as the choice of the next one needs it:
 * none yet (the first-question rule applies, whatever the learner's earlier knowledge
 * elements), or an untimed or a timed one (no two timed questions in a row).
 */
public enum PreviousQuestion {

	NONE, UNTIMED, TIMED;

	public static PreviousQuestion of(boolean timed) {
		return timed ? TIMED : UNTIMED;
	}

	/** From an assessment's count of answers and whether its last question was timed. */
	public static PreviousQuestion of(int answers, boolean lastTimed) {
		return answers == 0 ? NONE : of(lastTimed);
	}

}

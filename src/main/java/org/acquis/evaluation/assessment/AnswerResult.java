package org.acquis.evaluation.assessment;

/** How an answer was judged. Only OK counts as a success. */
public enum AnswerResult {

	OK, KO, PARTIALLY, SKIPPED, TIMED_OUT, FOCUSED_OUT;

	public boolean success() {
		return this == OK;
	}

}

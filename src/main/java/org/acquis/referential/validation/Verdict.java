package org.acquis.referential.validation;

/**
 * What the validator says of an answer; skipped, timed out and focused-out are decided
 * elsewhere.
 */
public enum Verdict {

	OK, KO;

	static Verdict of(boolean ok) {
		return ok ? OK : KO;
	}

}

package org.acquis.certification.scoring;

/**
 * What a centre reports about a candidate at finalisation. A problem with a named
 * challenge neutralises it (if its answer is not right).
 */
enum IncidentCategory {

	IDENTITY_CHANGE, EXTRA_TIME, TECHNICAL_ISSUE, CHALLENGE_ISSUE, FRAUD, OTHER;

	boolean neutralisesItsChallenge() {
		return this == CHALLENGE_ISSUE || this == TECHNICAL_ISSUE;
	}

}

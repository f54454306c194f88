package org.acquis.certification.jury;

import org.jspecify.annotations.Nullable;

/**
 * What the jury decides about one certification: keep the scorer's result despite its
 * jury errors, cancel it, or reject it (both at 0 pix).
 */
enum JuryDecision {

	CONFIRMED, CANCELLED, REJECTED;

	/** The result status the certificate shows; null: the scorer's. */
	@Nullable String resultStatus() {
		return this == CONFIRMED ? null : name();
	}

}

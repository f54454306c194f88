package org.acquis.certification.certificate;

import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;

/** Too many codes checked in vain this minute from the caller's address. */
class TooManyVerifications extends DomainException {

	private final long retryAfterSeconds;

	TooManyVerifications(long retryAfterSeconds) {
		super("CERTIFICATE_VERIFICATIONS_TOO_MANY", ErrorCategory.TOO_MANY_REQUESTS, retryAfterSeconds);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** For the {@code Retry-After} header: when the next minute starts. */
	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

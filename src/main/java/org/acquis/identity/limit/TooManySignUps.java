package org.acquis.identity.limit;

import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;

/** Too many sign-ups this minute, from the caller's address or on this node. */
public class TooManySignUps extends DomainException {

	private final long retryAfterSeconds;

	TooManySignUps(long retryAfterSeconds) {
		super("TOO_MANY_SIGNUPS", ErrorCategory.TOO_MANY_REQUESTS);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** For the {@code Retry-After} header: when the next minute starts. */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

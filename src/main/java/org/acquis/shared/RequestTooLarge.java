package org.acquis.shared;

/**
 * A request body longer than its limit ({@link WebSettings}): answered 413
 * {@code REQUEST_TOO_LARGE}, with the limit in kilobytes.
 */
final class RequestTooLarge extends RuntimeException {

	private final long limitKilobytes;

	RequestTooLarge(long limitBytes) {
		super("Request body over " + limitBytes + " bytes", null, false, false);
		this.limitKilobytes = limitBytes / 1024;
	}

	long limitKilobytes() {
		return this.limitKilobytes;
	}

}

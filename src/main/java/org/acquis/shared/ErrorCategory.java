package org.acquis.shared;

import org.springframework.http.HttpStatus;

/** How the edge translates a {@link DomainException} into an HTTP status. */
public enum ErrorCategory {

	BAD_INPUT(HttpStatus.BAD_REQUEST), UNAUTHENTICATED(HttpStatus.UNAUTHORIZED), FORBIDDEN(HttpStatus.FORBIDDEN),
	NOT_FOUND(HttpStatus.NOT_FOUND), CONFLICT(HttpStatus.CONFLICT), TOO_EARLY(HttpStatus.UNPROCESSABLE_CONTENT),
	LOCKED(HttpStatus.LOCKED), TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

	private final HttpStatus status;

	ErrorCategory(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

}

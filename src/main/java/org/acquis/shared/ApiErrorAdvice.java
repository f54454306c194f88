package org.acquis.shared;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API as problem details in the caller's language: never a stack
 * trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	private final Problems problems;

	ApiErrorAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex, Locale locale) {
		return Problems.response(this.problems.of(ex, locale));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentNotValidException.class,
			MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> malformed(Exception ex, Locale locale) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTooLarge tooLarge) {
				return requestTooLarge(tooLarge, locale);
			}
		}
		log.debug("Malformed request", ex);
		return Problems.response(this.problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", locale));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(Exception ex, Locale locale) {
		return Problems.response(this.problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", locale));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(Exception ex, Locale locale) {
		// the problem itself is JSON whatever the Accept header asked for
		return Problems.response(this.problems.of(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", locale));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(Exception ex, Locale locale) {
		return Problems.response(this.problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", locale));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(Exception ex, Locale locale) {
		return Problems.response(this.problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", locale));
	}

	/** A chunked body read past its limit by the controller: {@link RequestBodyLimit}. */
	@ExceptionHandler(RequestTooLarge.class)
	ResponseEntity<ProblemDetail> requestTooLarge(RequestTooLarge ex, Locale locale) {
		return Problems
			.response(this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", locale, ex.limitKilobytes()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(Exception ex, Locale locale) {
		return Problems.response(this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", locale));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception ex, Locale locale) {
		return Problems.response(this.problems.of(HttpStatus.FORBIDDEN, "ACCESS_DENIED", locale));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(Exception ex, Locale locale) {
		log.info("Concurrent or duplicate write refused: {}", ex.getMessage());
		return Problems.response(this.problems.of(HttpStatus.CONFLICT, "CONCURRENT_UPDATE", locale));
	}

	/**
	 * The database is away (restart, failover, pool exhausted), also when the connection
	 * broke at commit or rollback: the client may retry, with its Idempotency-Key when it
	 * posts an answer.
	 */
	@ExceptionHandler({ CannotGetJdbcConnectionException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransactionSystemException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex, Locale locale) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", locale));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		log.error("Unexpected error", ex);
		return Problems.response(this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", locale));
	}

}

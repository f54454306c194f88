package org.acquis.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API request that reaches no controller (unknown path, wrong method) still gets a
 * problem with a code: {@link ApiErrorAdvice} only sees errors of the API's controllers.
 * Other paths keep the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedApiRequestAdvice {

	private final Problems problems;

	UnmatchedApiRequestAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, HttpServletRequest request, Locale locale)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return Problems.response(this.problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", locale));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			Locale locale) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return Problems.response(this.problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", locale));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

}

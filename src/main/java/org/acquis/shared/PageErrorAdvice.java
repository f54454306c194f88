package org.acquis.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the pages as a translated error page with a way back. What a visitor got
 * wrong (an address or a form that cannot be read) is a 4xx page and at most a debug line
 * in the log; only what the application got wrong is a 500 with its stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
// before UnmatchedApiRequestAdvice, which would otherwise take the pages'
// NoResourceFoundException
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

	private final Problems problems;

	PageErrorAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, Locale locale, Model model, HttpServletResponse response) {
		return page(ex.category().status(), this.problems.message(ex.code(), locale, ex.arguments()), model, response);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	String notFound(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, this.problems.message("NOT_FOUND", locale), model, response);
	}

	/**
	 * An id in the address that cannot be one ({@code /evaluations/not-a-uuid}) names
	 * nothing: not found. A form value of the wrong type is a bad request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException ex, Locale locale, Model model, HttpServletResponse response) {
		log.debug("Page request with a value of the wrong type: {}", ex.getMessage());
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(HttpStatus.NOT_FOUND, this.problems.message("NOT_FOUND", locale), model, response);
		}
		return page(HttpStatus.BAD_REQUEST, this.problems.message("PAGE_REQUEST_INVALID", locale), model, response);
	}

	@ExceptionHandler({ ServletRequestBindingException.class, HttpMessageNotReadableException.class,
			BindException.class, HandlerMethodValidationException.class, MultipartException.class })
	String malformed(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		log.debug("Malformed page request: {}", ex.getMessage());
		if (ex instanceof MaxUploadSizeExceededException) {
			return page(HttpStatus.CONTENT_TOO_LARGE, this.problems.message("FILE_TOO_LARGE", locale), model, response);
		}
		return page(HttpStatus.BAD_REQUEST, this.problems.message("PAGE_REQUEST_INVALID", locale), model, response);
	}

	/**
	 * A form larger than {@code server.tomcat.max-http-form-post-size}: Tomcat refuses to
	 * read its parameters.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	String tooLarge(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		log.debug("Page form refused: {}", ex.getMessage());
		return page(HttpStatus.CONTENT_TOO_LARGE, this.problems.message("PAGE_FORM_TOO_LARGE", locale), model,
				response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	String method(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		return page(HttpStatus.METHOD_NOT_ALLOWED, this.problems.message("METHOD_NOT_ALLOWED", locale), model,
				response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	String mediaType(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, this.problems.message("UNSUPPORTED_MEDIA_TYPE", locale), model,
				response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, this.problems.message("ACCESS_DENIED", locale), model, response);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Locale locale, Model model, HttpServletResponse response) {
		log.error("Unexpected error on a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, this.problems.message("INTERNAL_ERROR", locale), model, response);
	}

	private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		return "error";
	}

}

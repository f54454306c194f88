package org.acquis.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors of the pages as a translated error page with a way back. */
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

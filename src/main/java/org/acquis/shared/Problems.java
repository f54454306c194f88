package org.acquis.shared;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a stable {@code code} and a title and detail
 * translated from the {@code error.<CODE>} message keys, never from an exception's
 * message.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** The API's answer for a problem: its status, {@code application/problem+json}. */
	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** For filters, which answer before any controller advice can. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
			Object... arguments) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(),
				of(status, code, this.locales.resolveLocale(request), arguments));
	}

	public ProblemDetail of(HttpStatusCode status, String code, Locale locale, Object... arguments) {
		var problem = ProblemDetail.forStatus(status);
		problem
			.setType(URI.create("https://acquis.example/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(this.messages.getMessage("error.title." + status.value(), null,
				this.messages.getMessage("error.title.default", null, "Error", locale), locale));
		problem.setDetail(message(code, locale, arguments));
		problem.setProperty("code", code);
		return problem;
	}

	public ProblemDetail of(DomainException ex, Locale locale) {
		return of(ex.category().status(), ex.code(), locale, ex.arguments());
	}

	public String message(String code, Locale locale, Object... arguments) {
		return java.util.Objects.requireNonNullElse(this.messages.getMessage("error." + code, arguments, code, locale),
				code);
	}

}

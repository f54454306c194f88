package org.acquis.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with a stable {@code code} and a title and detail translated from the
 * {@code error.<CODE>} message keys, never from an exception's message.
 */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatusCode status, String code, Locale locale, Object... arguments) {
		var problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://acquis.example/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
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
		return this.messages.getMessage("error." + code, arguments, code, locale);
	}

}

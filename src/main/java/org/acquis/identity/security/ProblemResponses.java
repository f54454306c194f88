package org.acquis.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 of the API as problem details, like every other API error. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	ProblemResponses(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		this.problems.write(request, response, status, code);
	}

}

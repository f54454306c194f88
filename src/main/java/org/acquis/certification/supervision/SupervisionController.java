package org.acquis.certification.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invigilator's API. Their token is not an account's: it travels as
 * {@code Authorization: Invigilator <token>} (a {@code Bearer} token is read as an
 * account's access token by the API's security) and opens one session only.
 */
@RestController
class SupervisionController {

	static final String SCHEME = "Invigilator ";

	private final InvigilatorAccess access;

	private final Supervise supervise;

	SupervisionController(InvigilatorAccess access, Supervise supervise) {
		this.access = access;
		this.supervise = supervise;
	}

	@Operation(summary = "Log in as the session's invigilator (rate-limited per session)")
	@PostMapping("/api/sessions/{id}/supervision")
	Map<String, Object> login(@PathVariable long id, @RequestBody LoginRequest request) {
		var token = this.access.login(id, request.invigilatorPassword());
		return Map.of("access_token", token, "token_type", "Invigilator", "expires_in",
				InvigilatorAccess.TOKEN_LIFETIME.toSeconds());
	}

	@Operation(summary = "The session's candidates, live")
	@GetMapping("/api/sessions/{id}/supervision")
	Map<String, List<Supervise.Row>> candidates(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		this.access.check(id, token(authorization));
		return Map.of("candidates", this.supervise.rows(id));
	}

	@Operation(summary = "Authorise a candidate to start, or to resume on another device")
	@PostMapping("/api/sessions/{id}/candidates/{candidateId}/authorize")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void authorize(@PathVariable long id, @PathVariable UUID candidateId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		this.access.check(id, token(authorization));
		this.supervise.authorize(id, candidateId);
	}

	@Operation(summary = "End a candidate's test")
	@PostMapping("/api/sessions/{id}/candidates/{candidateId}/end-test")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void endTest(@PathVariable long id, @PathVariable UUID candidateId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		this.access.check(id, token(authorization));
		this.supervise.endTest(id, candidateId);
	}

	private static @Nullable String token(@Nullable String authorization) {
		return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				? authorization.substring(SCHEME.length()).strip() : null;
	}

	record LoginRequest(@Nullable String invigilatorPassword) {
	}

}

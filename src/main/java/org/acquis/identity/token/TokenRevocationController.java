package org.acquis.identity.token;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Logging out of the API, and an administrator ending someone's tokens. */
@RestController
class TokenRevocationController {

	private static final Logger log = LoggerFactory.getLogger(TokenRevocationController.class);

	private final TokenRevocations revocations;

	TokenRevocationController(TokenRevocations revocations) {
		this.revocations = revocations;
	}

	@Operation(summary = "Log out: revoke the caller's tokens, or only the family of the refresh token given")
	@PostMapping("/api/token/revocation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(CurrentUser user, @RequestBody(required = false) @Nullable RevocationRequest request) {
		if (request != null && request.refreshToken() != null) {
			this.revocations.revokeFamilyOf(request.refreshToken(), user.id());
		}
		else {
			this.revocations.revokeAll(user.id());
		}
	}

	@Operation(summary = "Revoke every token of a user (support)")
	@PostMapping("/api/admin/users/{id}/token-revocation")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeUser(@PathVariable UUID id, CurrentUser admin) {
		if (!this.revocations.revokeAll(id)) {
			throw DomainException.notFound("USER_NOT_FOUND");
		}
		log.info("Tokens of user {} revoked by {}", id, admin.id());
	}

	record RevocationRequest(@JsonProperty("refresh_token") @Nullable String refreshToken) {
	}

}

package org.acquis.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.login.Authenticate;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private final Authenticate authenticate;

	private final AccessTokens tokens;

	TokenController(Authenticate authenticate, AccessTokens tokens) {
		this.authenticate = authenticate;
		this.tokens = tokens;
	}

	@Operation(summary = "Exchange a login and password, or a refresh token, for an access token")
	@PostMapping("/api/token")
	TokenResponse token(@RequestBody TokenRequest request) {
		TokenResponse response;
		if (request.refreshToken() != null) {
			response = TokenResponse.of(this.tokens.refresh(request.refreshToken()));
		}
		else if (request.username() != null && request.password() != null) {
			response = TokenResponse
				.of(this.tokens.issue(this.authenticate.authenticate(request.username(), request.password())));
		}
		else {
			throw DomainException.badInput("TOKEN_REQUEST_INVALID");
		}
		return response;
	}

	record TokenRequest(@Nullable String username, @Nullable String password,
			@JsonProperty("refresh_token") @Nullable String refreshToken) {
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {

		static TokenResponse of(AccessTokens.TokenPair pair) {
			return new TokenResponse(pair.accessToken(), "Bearer", pair.expiresIn(), pair.refreshToken());
		}

	}

}

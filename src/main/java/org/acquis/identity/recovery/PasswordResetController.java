package org.acquis.identity.recovery;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@Operation(summary = "E-mail a one-hour password-reset link (202 whether the address is known or not)")
	@PostMapping("/api/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void request(@RequestBody ResetRequest request) {
		this.resets.request(request.email());
	}

	@Operation(summary = "Set a new password with the link's token (single use)")
	@PostMapping("/api/password-resets/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@PathVariable String token, @RequestBody NewPassword request) {
		this.resets.reset(token, request.password());
	}

	record ResetRequest(@Nullable String email) {
	}

	record NewPassword(@Nullable String password) {
	}

}

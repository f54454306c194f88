package org.acquis.identity.recovery;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PasswordChangeController {

	/** The only endpoint open to a token whose account must change its password first. */
	static final String PATH = "/api/me/password";

	private final ChangePassword changePassword;

	PasswordChangeController(ChangePassword changePassword) {
		this.changePassword = changePassword;
	}

	@Operation(summary = "Change one's password (the current one is checked like a login); every token ends")
	@PostMapping(PATH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@RequestBody PasswordChange change, CurrentUser user) {
		this.changePassword.change(user.id(), change.currentPassword(), change.newPassword());
	}

	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
	}

}

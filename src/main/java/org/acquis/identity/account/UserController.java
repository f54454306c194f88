package org.acquis.identity.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.Role;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {

	private final RegisterUser registerUser;

	private final UserAccounts accounts;

	UserController(RegisterUser registerUser, UserAccounts accounts) {
		this.registerUser = registerUser;
		this.accounts = accounts;
	}

	@Operation(summary = "Create a learner account")
	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> register(@RequestBody SignUp request) {
		var id = this.registerUser.register(RegisterUser.Registration.learner(request.firstName(), request.lastName(),
				request.email(), request.password(), request.locale(), Boolean.TRUE.equals(request.acceptTerms())));
		return Map.of("id", id);
	}

	@Operation(summary = "The caller's account")
	@GetMapping("/api/me")
	Me me(CurrentUser user) {
		var account = this.accounts.findById(user.id()).orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND"));
		return new Me(account.id(), account.firstName(), account.lastName(), account.email(), account.username(),
				account.locale(), account.roles().stream().map(Role::name).sorted().toList());
	}

	record SignUp(String firstName, String lastName, String email, String password, @Nullable String locale,
			@Nullable Boolean acceptTerms) {
	}

	record Me(UUID id, String firstName, String lastName, @Nullable String email, @Nullable String username,
			String locale, List<String> roles) {
	}

}

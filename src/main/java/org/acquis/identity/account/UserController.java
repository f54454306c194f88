package org.acquis.identity.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.Role;
import org.acquis.identity.limit.SignUpLimit;
import org.acquis.identity.limit.TooManySignUps;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {

	private final RegisterUser registerUser;

	private final UserAccounts accounts;

	private final SignUpLimit signUps;

	private final Problems problems;

	UserController(RegisterUser registerUser, UserAccounts accounts, SignUpLimit signUps, Problems problems) {
		this.registerUser = registerUser;
		this.accounts = accounts;
		this.signUps = signUps;
		this.problems = problems;
	}

	@Operation(summary = "Create a learner account")
	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> register(@RequestBody SignUp request, HttpServletRequest http) {
		this.signUps.take(http.getRemoteAddr());
		var id = this.registerUser.register(RegisterUser.Registration.learner(request.firstName(), request.lastName(),
				request.email(), request.password(), request.locale(), Boolean.TRUE.equals(request.acceptTerms())));
		return Map.of("id", id);
	}

	@ExceptionHandler(TooManySignUps.class)
	ResponseEntity<ProblemDetail> tooManySignUps(TooManySignUps ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.of(ex, locale));
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

package org.acquis.identity.recovery;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.account.UserAccounts;
import org.acquis.identity.login.FailedLogins;
import org.acquis.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Support ends a lockout at the owner's request; the act is audited. */
@RestController
class UnblockController {

	private final UserAccounts accounts;

	private final FailedLogins failures;

	private final AuditEvents audit;

	private final Clock clock;

	UnblockController(UserAccounts accounts, FailedLogins failures, AuditEvents audit, Clock clock) {
		this.accounts = accounts;
		this.failures = failures;
		this.audit = audit;
		this.clock = clock;
	}

	@Operation(summary = "End an account's lockout (every address), audited")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@PostMapping("/api/admin/users/{id}/unblock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void unblock(@PathVariable UUID id, CurrentUser actor) {
		this.accounts.findById(id).orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND"));
		this.accounts.endLockout(id);
		this.failures.forgetAll(id);
		this.audit.record(this.clock.instant(), actor.id(), AuditEvents.UNBLOCK, id);
	}

}

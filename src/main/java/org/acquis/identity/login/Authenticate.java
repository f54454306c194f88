package org.acquis.identity.login;

import java.time.Clock;

import org.acquis.identity.account.UserAccount;
import org.acquis.identity.account.UserAccounts;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login (e-mail or username) and password, counting failures and applying the
 * lockout.
 */
@Component
public class Authenticate {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	// compared when the login is unknown, so that an unknown login costs the same time as
	// a wrong password
	private final String dummyHash;

	Authenticate(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-password-1A");
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = DomainException.class)
	public UserAccount authenticate(String login, String password) {
		if (login == null || password == null || login.isBlank() || login.length() > 254 || password.length() > 255
				|| login.chars().anyMatch(Character::isISOControl)) {
			throw invalid();
		}
		var found = this.accounts.findByLogin(login);
		if (found.isEmpty() || found.get().passwordHash() == null) {
			this.passwords.matches(password, this.dummyHash);
			throw invalid();
		}
		var account = found.get();
		var now = this.clock.instant();
		if (account.permanentlyBlocked()) {
			throw new DomainException("ACCOUNT_BLOCKED", ErrorCategory.LOCKED);
		}
		if (account.blockedUntil() != null && account.blockedUntil().isAfter(now)) {
			throw new DomainException("ACCOUNT_TEMPORARILY_BLOCKED", ErrorCategory.LOCKED);
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			var outcome = LockoutRule.afterFailure(account.failedLogins(), now);
			this.accounts.recordFailedLogin(account.id(), outcome.failures(), outcome.blockedUntil(),
					outcome.permanentlyBlocked());
			throw invalid();
		}
		this.accounts.recordSuccessfulLogin(account.id());
		return account;
	}

	private static DomainException invalid() {
		return new DomainException("INVALID_CREDENTIALS", ErrorCategory.UNAUTHENTICATED);
	}

}

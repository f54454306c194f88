package org.acquis.identity.login;

import java.time.Instant;
import java.time.Clock;

import org.acquis.identity.account.UserAccount;
import org.acquis.shared.ClientAddress;
import org.acquis.identity.account.UserAccounts;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login (e-mail or username) and password, counting failures per account and
 * client address and applying the temporary lockout ({@link LockoutRule}). Every attempt
 * costs one BCrypt comparison and a wrong password always answers INVALID_CREDENTIALS,
 * blocked or not, known login or not: only the right password learns of a block (423).
 */
@Component
public class Authenticate {

	private final UserAccounts accounts;

	private final FailedLogins failures;

	private final PasswordEncoder passwords;

	private final Clock clock;

	// compared when the password is not checked, so that every answer costs the same time
	private final String dummyHash;

	Authenticate(UserAccounts accounts, FailedLogins failures, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.failures = failures;
		this.passwords = passwords;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-password-1A");
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = DomainException.class)
	public UserAccount authenticate(String login, String password) {
		if (!wellFormed(login, password)) {
			throw invalid();
		}
		var found = this.accounts.findByLogin(login);
		if (found.isEmpty() || found.get().passwordHash() == null) {
			this.passwords.matches(password, this.dummyHash);
			throw invalid();
		}
		var account = found.get();
		var source = ClientAddress.current();
		var now = this.clock.instant();
		var address = this.failures.of(account.id(), source, now);
		boolean blocked = address.blockedAt(now) || blocked(account, now);
		if (!LockoutRule.checksPassword(address.failures(), blocked)) {
			this.passwords.matches(password, this.dummyHash);
			throw invalid();
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			recordFailure(account, source, now);
			throw invalid();
		}
		if (blocked) {
			throw account.permanentlyBlocked() ? new DomainException("ACCOUNT_BLOCKED", ErrorCategory.LOCKED)
					: new DomainException("ACCOUNT_TEMPORARILY_BLOCKED", ErrorCategory.LOCKED);
		}
		this.failures.forget(account.id(), source);
		this.accounts.recordSuccessfulLogin(account.id());
		return account;
	}

	private static boolean wellFormed(String login, String password) {
		return login != null && password != null && !login.isBlank() && login.length() <= 254
				&& password.length() <= 255 && login.chars().noneMatch(Character::isISOControl);
	}

	private static boolean blocked(UserAccount account, Instant now) {
		return account.permanentlyBlocked() || (account.blockedUntil() != null && account.blockedUntil().isAfter(now));
	}

	private void recordFailure(UserAccount account, String source, Instant now) {
		int fromAddress = this.failures.record(account.id(), source, now);
		var addressBlock = LockoutRule.addressBlockAfter(fromAddress);
		if (addressBlock != null) {
			this.failures.block(account.id(), source, now.plus(addressBlock));
		}
		if (LockoutRule.countsForAccount(fromAddress)) {
			int total = this.accounts.recordFailedLogin(account.id(), now, LockoutRule.FORGOTTEN_AFTER);
			var accountBlock = LockoutRule.accountBlockAfter(total);
			if (accountBlock != null) {
				this.accounts.blockUntil(account.id(), now.plus(accountBlock));
			}
		}
	}

	private static DomainException invalid() {
		return new DomainException("INVALID_CREDENTIALS", ErrorCategory.UNAUTHENTICATED);
	}

}

package org.acquis.identity.recovery;

import java.util.UUID;

import org.acquis.identity.account.PasswordPolicy;
import org.acquis.identity.account.UserAccount;
import org.acquis.identity.account.UserAccounts;
import org.acquis.identity.login.Authenticate;
import org.acquis.identity.token.TokenRevocations;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user chooses a new password: the whole password policy applies, it must differ from
 * the current one, and every token of the user ends. A pupil whose school issued a
 * one-time password must do it at the first login (until then the API answers 403
 * {@code PASSWORD_CHANGE_REQUIRED} and the pages lead to the choice).
 */
@Component
public class ChangePassword {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final TokenRevocations revocations;

	private final Authenticate authenticate;

	ChangePassword(UserAccounts accounts, PasswordEncoder passwords, TokenRevocations revocations,
			Authenticate authenticate) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.revocations = revocations;
		this.authenticate = authenticate;
	}

	/**
	 * Through the API: the current password is checked as a login is (failures counted,
	 * lockout), so that a stolen token cannot take the account over.
	 */
	@Transactional
	public void change(UUID userId, @Nullable String currentPassword, @Nullable String newPassword) {
		var account = account(userId);
		if (currentPassword == null) {
			throw DomainException.badInput("PASSWORD_CURRENT_REQUIRED");
		}
		try {
			this.authenticate.authenticate(account.login(), currentPassword);
		}
		catch (DomainException ex) {
			// the caller is logged in: a wrong current password is bad input, not a 401
			throw "INVALID_CREDENTIALS".equals(ex.code()) ? DomainException.badInput("PASSWORD_CURRENT_INVALID") : ex;
		}
		apply(account, newPassword);
	}

	/**
	 * On the page that follows a login with a one-time password, typed a moment ago: only
	 * an account that must change its password comes here.
	 */
	@Transactional
	public UserAccount changeRequired(UUID userId, @Nullable String newPassword) {
		var account = account(userId);
		if (!account.mustChangePassword()) {
			throw DomainException.conflict("PASSWORD_CHANGE_NOT_REQUIRED");
		}
		apply(account, newPassword);
		return account;
	}

	private void apply(UserAccount account, @Nullable String newPassword) {
		PasswordPolicy.check(newPassword, account.email(), account.firstName(), account.lastName());
		if (newPassword == null || account.passwordHash() == null
				|| this.passwords.matches(newPassword, account.passwordHash())) {
			throw DomainException.badInput("PASSWORD_UNCHANGED");
		}
		this.accounts.changePassword(account.id(), this.passwords.encode(newPassword));
		this.revocations.revokeAll(account.id());
	}

	private UserAccount account(UUID userId) {
		return this.accounts.findById(userId).orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND"));
	}

}

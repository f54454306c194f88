package org.acquis.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.UUID;

import org.acquis.identity.account.PasswordPolicy;
import org.acquis.identity.account.UserAccounts;
import org.acquis.identity.token.TokenRevocations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupils' accounts issued by their school (domain.md §7, §9: under 15, accounts come from
 * the school): a username {@code firstname.lastnameDDMM} (lower case, letters only, a
 * number after it when taken), no e-mail, and a one-time password that the pupil must
 * change at the first login. The password is returned once, in clear, to be printed; only
 * its hash is kept.
 */
@Component
public class SchoolAccounts {

	/** No 0/O/o, 1/l/I: read aloud or copied from paper without a doubt. */
	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	static final int PASSWORD_LENGTH = 8;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final TokenRevocations revocations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SchoolAccounts(UserAccounts accounts, PasswordEncoder passwords, TokenRevocations revocations, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.revocations = revocations;
		this.clock = clock;
	}

	/** A new pupil's account with a free username and a one-time password. */
	@Transactional
	public IssuedAccount create(String firstName, String lastName, LocalDate birthDate) {
		var base = PupilUsernames.base(firstName, lastName, birthDate);
		var password = oneTimePassword();
		var hash = this.passwords.encode(password);
		var id = UUID.randomUUID();
		var tried = new HashSet<String>();
		for (int batch = 0;; batch++) {
			var candidates = PupilUsernames.candidates(base, batch);
			var taken = new HashSet<>(this.accounts.takenUsernames(candidates));
			for (var username : candidates) {
				if (!taken.contains(username) && tried.add(username) && this.accounts.insertIssuedBySchool(id,
						firstName.strip(), lastName.strip(), username, hash, this.clock.instant())) {
					return new IssuedAccount(id, username, password);
				}
			}
		}
	}

	/**
	 * A new one-time password for an account the school issued (the pupil forgot theirs,
	 * or the sheet was lost): it must be changed again at the next login, and every
	 * session token of the pupil ends. Refused for any other account.
	 */
	@Transactional
	public IssuedAccount resetPassword(UUID userId) {
		var account = this.accounts.findById(userId)
			.orElseThrow(() -> new IllegalArgumentException("no account " + userId));
		var password = oneTimePassword();
		if (account.username() == null || !this.accounts.resetIssuedBySchool(userId, this.passwords.encode(password))) {
			throw new IllegalArgumentException("not an account issued by a school: " + userId);
		}
		this.revocations.revokeAll(userId);
		return new IssuedAccount(userId, account.username(), password);
	}

	String oneTimePassword() {
		String password;
		do {
			var chars = new char[PASSWORD_LENGTH];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
			}
			password = new String(chars);
		}
		while (!PasswordPolicy.accepts(password));
		return password;
	}

	/** An account and its one-time password, in clear: shown once, never stored. */
	public record IssuedAccount(UUID userId, String username, String password) {

		@Override
		public String toString() {
			return "IssuedAccount[" + this.userId + ", " + this.username + "]";
		}

	}

}

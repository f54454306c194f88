package org.acquis.identity.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.identity.Role;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up of a learner (or, at start-up, of the bootstrap administrator). */
@Component
public class RegisterUser {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	RegisterUser(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** A new account: the whole password policy applies. */
	@Transactional
	public UUID register(Registration registration) {
		check(registration);
		PasswordPolicy.check(registration.password(), registration.email(), registration.firstName(),
				registration.lastName());
		checkTerms(registration);
		return insert(registration);
	}

	/**
	 * The demo accounts, created by the product with its published password: only the
	 * documented composition rule applies (the password is on the common list on
	 * purpose).
	 */
	@Transactional
	UUID registerDemoAccount(Registration registration) {
		check(registration);
		PasswordPolicy.checkComposition(registration.password());
		checkTerms(registration);
		return insert(registration);
	}

	private UUID insert(Registration registration) {
		if (this.accounts.emailTaken(registration.email().trim())) {
			throw DomainException.conflict("EMAIL_ALREADY_USED");
		}
		var account = new UserAccount(UUID.randomUUID(), registration.firstName().trim(),
				registration.lastName().trim(), registration.email().trim(), null,
				this.passwords.encode(registration.password()), locale(registration.locale()), registration.roles(), 0,
				null, false, false);
		this.accounts.insert(account, this.clock.instant());
		return account.id();
	}

	private static void check(Registration registration) {
		if (isBlank(registration.firstName()) || isBlank(registration.lastName())) {
			throw DomainException.badInput("NAME_REQUIRED");
		}
		if (registration.firstName().length() > 100 || registration.lastName().length() > 100) {
			throw DomainException.badInput("NAME_TOO_LONG");
		}
		if (hasControlCharacter(registration.firstName()) || hasControlCharacter(registration.lastName())) {
			throw DomainException.badInput("NAME_INVALID");
		}
		if (isBlank(registration.email()) || registration.email().length() > 254
				|| !EMAIL.matcher(registration.email().trim()).matches() || hasControlCharacter(registration.email())) {
			throw DomainException.badInput("EMAIL_INVALID");
		}
	}

	private static void checkTerms(Registration registration) {
		if (!registration.acceptTerms()) {
			throw DomainException.badInput("TERMS_NOT_ACCEPTED");
		}
	}

	// PostgreSQL refuses NUL in text, and no name or address holds a control character
	private static boolean hasControlCharacter(String value) {
		return value.chars().anyMatch(Character::isISOControl);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String locale(@Nullable String requested) {
		return requested != null && requested.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
	}

	public record Registration(String firstName, String lastName, String email, String password,
			@Nullable String locale, boolean acceptTerms, Set<Role> roles) {

		public static Registration learner(String firstName, String lastName, String email, String password,
				@Nullable String locale, boolean acceptTerms) {
			return new Registration(firstName, lastName, email, password, locale, acceptTerms, Set.of(Role.LEARNER));
		}

	}

}

package org.acquis.identity.recovery;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.account.PasswordPolicy;
import org.acquis.identity.account.UserAccount;
import org.acquis.identity.account.UserAccounts;
import org.acquis.shared.ClientAddress;
import org.acquis.identity.login.FailedLogins;
import org.acquis.identity.token.TokenRevocations;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way back into an account: a single-use link of one hour, e-mailed to the account's
 * address. Asking answers the same whether the address is known or not.
 */
@Component
class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	/** Links e-mailed to one account in an hour, at most: no mailbox flooding. */
	static final int LINKS_PER_ACCOUNT_AND_HOUR = 3;

	private final UserAccounts accounts;

	private final ResetLinks links;

	private final ApplicationEventPublisher events;

	private final FailedLogins failures;

	private final AuditEvents audit;

	private final TokenRevocations revocations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final int requestsPerAddressAndHour;

	private final SecureRandom random = new SecureRandom();

	PasswordResets(UserAccounts accounts, ResetLinks links, ApplicationEventPublisher events, FailedLogins failures,
			AuditEvents audit, TokenRevocations revocations, PasswordEncoder passwords, Clock clock,
			IdentitySettings settings) {
		this.accounts = accounts;
		this.links = links;
		this.events = events;
		this.failures = failures;
		this.audit = audit;
		this.revocations = revocations;
		this.passwords = passwords;
		this.clock = clock;
		this.requestsPerAddressAndHour = settings.resetRequestsPerHour();
	}

	/**
	 * Asks for a link; it is made and e-mailed after the commit, if the address is known
	 * ({@link ResetMailListener}).
	 */
	@Transactional
	void request(@Nullable String email) {
		var now = this.clock.instant();
		if (this.links.recordRequest(ClientAddress.current(), now,
				now.minus(Duration.ofHours(1))) > this.requestsPerAddressAndHour) {
			throw new DomainException("TOO_MANY_RESET_REQUESTS", ErrorCategory.TOO_MANY_REQUESTS);
		}
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		var account = accountOf(email.trim());
		// counted here, on the request's thread: the links are made after the commit
		if (account.isEmpty() || this.links.recordRequest("account:" + account.get().id(), now,
				now.minus(Duration.ofHours(1))) > LINKS_PER_ACCOUNT_AND_HOUR) {
			return;
		}
		this.events.publishEvent(new PasswordResetRequested(account.get().id(), now));
	}

	/**
	 * A new link for a request (only its fingerprint is stored), valid until an hour
	 * after the request; empty when that hour is over.
	 */
	Optional<String> issueLink(PasswordResetRequested request) {
		var now = this.clock.instant();
		var expiresAt = request.requestedAt().plus(VALIDITY);
		if (!now.isBefore(expiresAt)) {
			return Optional.empty();
		}
		var token = newToken();
		this.links.insert(Hashing.sha256(token), request.userId(), now, expiresAt);
		return Optional.of(token);
	}

	/** Whether a link can still be used (the page shows its form only then). */
	@Transactional(readOnly = true)
	boolean usable(String token) {
		return wellFormed(token) && this.links.userOf(Hashing.sha256(token), this.clock.instant()).isPresent();
	}

	/**
	 * Sets the new password, ends any lockout, revokes the refresh tokens; the link is
	 * used up.
	 */
	@Transactional
	void reset(String token, @Nullable String password) {
		var now = this.clock.instant();
		var userId = wellFormed(token) ? this.links.userOf(Hashing.sha256(token), now) : Optional.<UUID>empty();
		var account = userId.flatMap(this.accounts::findById).orElseThrow(PasswordResets::invalidLink);
		PasswordPolicy.check(password, account.email(), account.firstName(), account.lastName());
		this.links.use(Hashing.sha256(token), now).orElseThrow(PasswordResets::invalidLink);
		this.accounts.changePassword(account.id(),
				this.passwords.encode(Objects.requireNonNull(password, "checked by the policy")));
		this.accounts.endLockout(account.id());
		this.failures.forgetAll(account.id());
		this.revocations.revokeAll(account.id());
		this.audit.record(now, account.id(), AuditEvents.PASSWORD_RESET, account.id());
	}

	private Optional<UserAccount> accountOf(String email) {
		return this.accounts.findByLogin(email)
			.filter(a -> a.email() != null
					&& a.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)));
	}

	private String newToken() {
		var bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{20,100}");
	}

	private static DomainException invalidLink() {
		return DomainException.notFound("PASSWORD_RESET_LINK_INVALID");
	}

}

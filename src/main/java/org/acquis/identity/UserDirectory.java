package org.acquis.identity;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.acquis.identity.account.UserAccount;
import org.acquis.identity.account.UserAccounts;
import org.springframework.stereotype.Component;

/** Reads of accounts for the other modules. */
@Component
public class UserDirectory {

	private final UserAccounts accounts;

	UserDirectory(UserAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<UserSummary> find(UUID id) {
		return this.accounts.findById(id).map(UserDirectory::summary);
	}

	/** The usernames of these accounts (pupils' accounts issued by a school have one). */
	public java.util.Map<UUID, String> usernames(java.util.Collection<UUID> ids) {
		return this.accounts.usernames(ids);
	}

	/** The account of this e-mail or login name. */
	public Optional<UserSummary> findByLogin(String login) {
		return this.accounts.findByLogin(login).map(UserDirectory::summary);
	}

	private static UserSummary summary(UserAccount account) {
		return new UserSummary(account.id(), account.firstName(), account.lastName(), account.email(),
				account.username(), account.locale());
	}

	/**
	 * A user as other modules see them: a pupil may have no e-mail, an adult no username.
	 */
	public record UserSummary(UUID id, String firstName, String lastName, @Nullable String email,
			@Nullable String username, String locale) {
	}

}

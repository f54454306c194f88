package org.acquis.identity.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acquis.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. */
@Repository
public class UserAccounts {

	private static final String COLUMNS = "id, first_name, last_name, email, username, password_hash, locale, roles, failed_logins, blocked_until, permanently_blocked, must_change_password";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_user WHERE id = ?")
			.param(id)
			.query(UserAccounts::map)
			.optional();
	}

	/** The usernames of these accounts, those that have one, in one query. */
	public java.util.Map<UUID, String> usernames(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		var usernames = new java.util.HashMap<UUID, String>();
		this.jdbc.sql("SELECT id, username FROM identity_user WHERE id = ANY(?::uuid[]) AND username IS NOT NULL")
			.param(ids.toArray(UUID[]::new))
			.query((rs, row) -> usernames.put(rs.getObject("id", UUID.class), rs.getString("username")))
			.list();
		return usernames;
	}

	/** By e-mail or username, case-insensitive. */
	public Optional<UserAccount> findByLogin(String login) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM identity_user WHERE lower(email) = lower(:l) OR lower(username) = lower(:l)")
			.param("l", login.trim())
			.query(UserAccounts::map)
			.optional();
	}

	public boolean emailTaken(String email) {
		return this.jdbc.sql("SELECT count(*) FROM identity_user WHERE lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(UserAccount account, Instant termsAcceptedAt) {
		this.jdbc
			.sql("""
					INSERT INTO identity_user (id, first_name, last_name, email, username, password_hash, locale, roles, terms_accepted_at)
					VALUES (:id, :first, :last, :email, :username, :hash, :locale, :roles::text[], :terms)""")
			.param("id", account.id())
			.param("first", account.firstName())
			.param("last", account.lastName())
			.param("email", account.email())
			.param("username", account.username())
			.param("hash", account.passwordHash())
			.param("locale", account.locale())
			.param("roles",
					"{" + account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}")
			.param("terms", Timestamp.from(termsAcceptedAt))
			.update();
	}

	/**
	 * Counts one more failure toward the account-wide ceiling, atomically (starting again
	 * after a day without failure); returns the new count.
	 */
	public int recordFailedLogin(UUID id, Instant now, Duration forgottenAfter) {
		return this.jdbc
			.sql("""
					UPDATE identity_user SET failed_logins = CASE WHEN last_failed_login_at > :forgotten
					THEN failed_logins + 1 ELSE 1 END, last_failed_login_at = :now WHERE id = :id RETURNING failed_logins""")
			.param("forgotten", Timestamp.from(now.minus(forgottenAfter)))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	public void blockUntil(UUID id, Instant until) {
		this.jdbc.sql("UPDATE identity_user SET blocked_until = ? WHERE id = ?")
			.params(Timestamp.from(until), id)
			.update();
	}

	/** Ends any block of the account and its failure count (unblock, password reset). */
	public void endLockout(UUID id) {
		this.jdbc.sql("""
				UPDATE identity_user SET failed_logins = 0, last_failed_login_at = NULL, blocked_until = NULL,
				permanently_blocked = FALSE WHERE id = ?""").param(id).update();
	}

	/** The user's own new password: no change is required any more. */
	public void changePassword(UUID id, String passwordHash) {
		this.jdbc.sql("UPDATE identity_user SET password_hash = ?, must_change_password = FALSE WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	/**
	 * A pupil's account issued by the school: a username, no e-mail, a one-time password.
	 * False when the username is taken (another account, even one created at the same
	 * moment).
	 */
	public boolean insertIssuedBySchool(UUID id, String firstName, String lastName, String username,
			String passwordHash, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO identity_user (id, first_name, last_name, username, password_hash, locale, roles,
				  issued_by_school, must_change_password, created_at)
				VALUES (?, ?, ?, ?, ?, 'fr', '{LEARNER}', TRUE, TRUE, ?)
				ON CONFLICT DO NOTHING""")
			.params(id, firstName, lastName, username, passwordHash, Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * A new one-time password for an account the school issued; false for any other
	 * account (an adult's or a pupil's own are never the school's to reset).
	 */
	public boolean resetIssuedBySchool(UUID id, String passwordHash) {
		return this.jdbc.sql("""
				UPDATE identity_user SET password_hash = ?, must_change_password = TRUE, failed_logins = 0,
				  last_failed_login_at = NULL, blocked_until = NULL WHERE id = ? AND issued_by_school""")
			.params(passwordHash, id)
			.update() == 1;
	}

	/** Usernames taken among these, case ignored. */
	public java.util.List<String> takenUsernames(java.util.Collection<String> candidates) {
		if (candidates.isEmpty()) {
			return java.util.List.of();
		}
		return this.jdbc.sql("SELECT lower(username) FROM identity_user WHERE lower(username) IN (:names)")
			.param("names", candidates.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList())
			.query((rs, row) -> rs.getString(1))
			.list();
	}

	public void recordSuccessfulLogin(UUID id) {
		this.jdbc
			.sql("UPDATE identity_user SET failed_logins = 0, blocked_until = NULL WHERE id = ? AND failed_logins > 0")
			.param(id)
			.update();
	}

	public void changeLocale(UUID id, String locale) {
		this.jdbc.sql("UPDATE identity_user SET locale = ? WHERE id = ?").params(locale, id).update();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> roleSet = Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toSet());
		Timestamp blocked = rs.getTimestamp("blocked_until");
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("email"), rs.getString("username"), rs.getString("password_hash"), rs.getString("locale"),
				roleSet, rs.getInt("failed_logins"), blocked == null ? null : blocked.toInstant(),
				rs.getBoolean("permanently_blocked"), rs.getBoolean("must_change_password"));
	}

}

package org.acquis.identity.token;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.acquis.shared.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends tokens before they expire. Refresh tokens are revoked in the database, by family
 * (one login and its rotations) or all of a user's. Access tokens are signed and not
 * stored: each carries the user's token generation at issue ({@code gen}), and revoking a
 * user's tokens moves the generation on. The generation is read at most every
 * {@link #STALENESS} per user and node (cheap: one primary-key read), and at once on the
 * node that revoked; other nodes see a revocation within {@link #STALENESS}.
 */
@Component
public class TokenRevocations {

	static final Duration STALENESS = Duration.ofSeconds(10);

	static final String GENERATION_CLAIM = "gen";

	private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

	private final JdbcClient jdbc;

	private final Cache<UUID, Long> generations = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(STALENESS)
		.build();

	TokenRevocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Revokes every token of the user: refresh tokens, and access tokens issued until
	 * now. False when there is no such user.
	 */
	@Transactional
	public boolean revokeAll(UUID userId) {
		int users = this.jdbc.sql("UPDATE identity_user SET token_generation = token_generation + 1 WHERE id = ?")
			.param(userId)
			.update();
		this.jdbc.sql("UPDATE identity_refresh_token SET revoked = TRUE WHERE user_id = ? AND NOT revoked")
			.param(userId)
			.update();
		this.generations.invalidate(userId);
		return users > 0;
	}

	/** Revokes the family of this refresh token, if it is one of the user's. */
	@Transactional
	public void revokeFamilyOf(String refreshToken, UUID userId) {
		this.jdbc.sql("""
				UPDATE identity_refresh_token SET revoked = TRUE WHERE NOT revoked AND family_id =
				  (SELECT family_id FROM identity_refresh_token WHERE token_hash = ? AND user_id = ?)""")
			.params(Hashing.sha256(refreshToken), userId)
			.update();
	}

	/**
	 * A refresh token presented again after it was used or revoked: someone holds a copy.
	 * When its family still had a live token, revokes the family and the user's access
	 * tokens.
	 */
	@Transactional
	void revokeReplayedFamily(String tokenHash) {
		this.jdbc.sql("SELECT user_id, family_id FROM identity_refresh_token WHERE token_hash = ? AND revoked")
			.param(tokenHash)
			.query((rs, row) -> new Family(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional()
			.ifPresent(this::revokeReplayed);
	}

	private void revokeReplayed(Family family) {
		int live = this.jdbc.sql("UPDATE identity_refresh_token SET revoked = TRUE WHERE family_id = ? AND NOT revoked")
			.param(family.id())
			.update();
		if (live > 0) {
			this.jdbc.sql("UPDATE identity_user SET token_generation = token_generation + 1 WHERE id = ?")
				.param(family.userId())
				.update();
			this.generations.invalidate(family.userId());
			log.warn("A used refresh token of user {} was presented again: its family {} is revoked", family.userId(),
					family.id());
		}
	}

	/** The user's current generation, for the tokens issued now. */
	long generation(UUID userId) {
		return this.jdbc.sql("SELECT token_generation FROM identity_user WHERE id = ?")
			.param(userId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * False when the access token was issued before its user's tokens were revoked. A
	 * subject that is not a user, or a database out of reach, does not refuse the token
	 * (the request then meets the database itself).
	 */
	boolean stillValid(Jwt jwt) {
		UUID userId;
		try {
			userId = UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return true;
		}
		try {
			return issuedGeneration(jwt) >= currentGeneration(userId);
		}
		catch (DataAccessException ex) {
			log.debug("Token generation of {} not read: {}", userId, ex.getMessage());
			return true;
		}
	}

	/**
	 * Read outside the cache's own locking: a query that waits for a connection must not
	 * hold up every other request that checks a token (Caffeine warned of "excessive wait
	 * times" under 1,000 learners). Two requests of one user may both read it: harmless.
	 */
	private long currentGeneration(UUID userId) {
		var known = this.generations.getIfPresent(userId);
		if (known != null) {
			return known;
		}
		long read = generation(userId);
		this.generations.put(userId, read);
		return read;
	}

	private record Family(UUID userId, UUID id) {
	}

	private static long issuedGeneration(Jwt jwt) {
		return jwt.getClaim(GENERATION_CLAIM) instanceof Number number ? number.longValue() : 0;
	}

}

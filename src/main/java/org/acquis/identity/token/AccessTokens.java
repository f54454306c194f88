package org.acquis.identity.token;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.acquis.identity.Role;
import org.acquis.identity.account.UserAccount;
import org.acquis.identity.account.UserAccounts;
import org.acquis.shared.DomainException;
import org.acquis.shared.Hashing;
import org.acquis.shared.ErrorCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues access tokens (20 minutes) and refresh tokens (7 days, stored hashed, rotated on
 * use). A login starts a family of refresh tokens that its rotations stay in; a token
 * presented again after its rotation revokes the family ({@link TokenRevocations}).
 */
@Component
public class AccessTokens {

	static final Duration ACCESS_VALIDITY = Duration.ofMinutes(20);

	static final Duration REFRESH_VALIDITY = Duration.ofDays(7);

	/**
	 * Present (true) on the tokens of an account that must choose its password first (a
	 * one-time password issued by the school): the API refuses everything else to them.
	 */
	public static final String PASSWORD_CHANGE_CLAIM = "pwc";

	private final SigningKeys keys;

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final TokenRevocations revocations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessTokens(SigningKeys keys, JdbcClient jdbc, UserAccounts accounts, TokenRevocations revocations, Clock clock) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.revocations = revocations;
		this.clock = clock;
	}

	/** After a login: a new family of refresh tokens. */
	@Transactional
	public TokenPair issue(UserAccount account) {
		return issue(account, UUID.randomUUID());
	}

	private TokenPair issue(UserAccount account, UUID family) {
		var now = this.clock.instant();
		var claims = JwtClaimsSet.builder()
			.issuer("acquis")
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(ACCESS_VALIDITY))
			.claim("roles", account.roles().stream().map(Role::name).sorted().toList())
			.claim("locale", account.locale())
			.claim(TokenRevocations.GENERATION_CLAIM, this.revocations.generation(account.id()))
			.claims(c -> {
				if (account.mustChangePassword()) {
					c.put(PASSWORD_CHANGE_CLAIM, true);
				}
			})
			.build();
		var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(this.keys.key()));
		var jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
		var refresh = newRefreshToken();
		this.jdbc
			.sql("INSERT INTO identity_refresh_token (token_hash, user_id, family_id, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash(refresh), account.id(), family, Timestamp.from(now.plus(REFRESH_VALIDITY)))
			.update();
		return new TokenPair(jwt.getTokenValue(), ACCESS_VALIDITY.toSeconds(), refresh);
	}

	/**
	 * Rotates a refresh token within its family. A token already used (or revoked) is
	 * refused and revokes its family: the thief and the legitimate client both log in
	 * again.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public TokenPair refresh(String refreshToken) {
		var hash = hash(refreshToken);
		var used = this.jdbc.sql("""
				UPDATE identity_refresh_token SET revoked = TRUE
				WHERE token_hash = ? AND NOT revoked AND expires_at > ? RETURNING user_id, family_id""")
			.params(hash, Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Rotated(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
		if (used.isEmpty()) {
			this.revocations.revokeReplayedFamily(hash);
			throw invalid();
		}
		var account = this.accounts.findById(used.get().userId())
			.filter(a -> !a.permanentlyBlocked())
			.orElseThrow(AccessTokens::invalid);
		return issue(account, used.get().family());
	}

	private static DomainException invalid() {
		return new DomainException("REFRESH_TOKEN_INVALID", ErrorCategory.UNAUTHENTICATED);
	}

	private String newRefreshToken() {
		var bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		return Hashing.sha256(token);
	}

	private record Rotated(UUID userId, UUID family) {
	}

	public record TokenPair(String accessToken, long expiresIn, String refreshToken) {
	}

}

package org.acquis.identity.token;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies access tokens with the shared key, built on first use (after the migrations
 * ran). A token already verified is remembered until it expires: a learner sends the same
 * token with every request, and parsing and checking its signature again cost a tenth of
 * the server's time in the learner loop (docs/benchmarks.md). Whether the token was
 * revoked is checked on every use, remembered or not ({@link TokenRevocations}).
 */
@Component
public class JwtDecoding implements JwtDecoder {

	/** The same tolerance as the verifying decoder's own expiry check. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final SigningKeys keys;

	private final TokenRevocations revocations;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	private volatile @Nullable JwtDecoder delegate;

	JwtDecoding(SigningKeys keys, TokenRevocations revocations) {
		this.keys = keys;
		this.revocations = revocations;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		var jwt = this.verified.getIfPresent(token);
		if (jwt == null || !unexpired(jwt)) {
			jwt = delegate().decode(token);
			this.verified.put(token, jwt);
		}
		if (!this.revocations.stillValid(jwt)) {
			throw new BadJwtException("The token was revoked");
		}
		return jwt;
	}

	private static boolean unexpired(Jwt jwt) {
		return jwt.getExpiresAt() == null || Instant.now().isBefore(jwt.getExpiresAt().plus(CLOCK_SKEW));
	}

	private JwtDecoder delegate() {
		var decoder = this.delegate;
		if (decoder == null) {
			decoder = NimbusJwtDecoder.withSecretKey(this.keys.key()).macAlgorithm(MacAlgorithm.HS256).build();
			this.delegate = decoder;
		}
		return decoder;
	}

}

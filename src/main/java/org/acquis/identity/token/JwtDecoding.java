package org.acquis.identity.token;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies access tokens with the shared key, built on first use (after the migrations
 * ran).
 */
@Component
public class JwtDecoding implements JwtDecoder {

	private final SigningKeys keys;

	private volatile JwtDecoder delegate;

	JwtDecoding(SigningKeys keys) {
		this.keys = keys;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		var decoder = this.delegate;
		if (decoder == null) {
			decoder = NimbusJwtDecoder.withSecretKey(this.keys.key()).macAlgorithm(MacAlgorithm.HS256).build();
			this.delegate = decoder;
		}
		return decoder.decode(token);
	}

}

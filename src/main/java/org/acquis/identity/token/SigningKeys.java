package org.acquis.identity.token;

import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs access tokens. Generated once and kept in the database, so that
 * every node accepts the tokens of every other node.
 */
@Component
class SigningKeys {

	private final JdbcClient jdbc;

	private volatile @Nullable SecretKey key;

	SigningKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SecretKey key() {
		var current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(loadOrCreate(), "HmacSHA256");
				}
				current = this.key;
			}
		}
		return current;
	}

	private byte[] loadOrCreate() {
		var secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.jdbc.sql("INSERT INTO identity_signing_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
			.param(secret)
			.update();
		return this.jdbc.sql("SELECT secret FROM identity_signing_key WHERE id = 1").query(byte[].class).single();
	}

}

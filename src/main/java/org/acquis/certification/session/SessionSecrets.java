package org.acquis.certification.session;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * A session's access code and invigilator password: 8 characters each from an alphabet
 * without look-alikes (no 0/O, 1/I/L), drawn from a cryptographic generator.
 */
@Component
class SessionSecrets {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	String next() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}

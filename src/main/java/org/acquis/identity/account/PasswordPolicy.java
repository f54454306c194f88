package org.acquis.identity.account;

import java.nio.charset.StandardCharsets;

/**
 * 8 characters or more, with an upper-case letter, a lower-case letter and a digit
 * (domain.md §9).
 */
public final class PasswordPolicy {

	private PasswordPolicy() {
	}

	/**
	 * BCrypt reads 72 bytes at most (and refuses more): a longer password would be
	 * silently weakened.
	 */
	public static final int MAX_BYTES = 72;

	public static boolean fitsTheHash(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	public static boolean accepts(String password) {
		return password.length() >= 8 && password.length() <= 255 && password.chars().anyMatch(Character::isUpperCase)
				&& password.chars().anyMatch(Character::isLowerCase) && password.chars().anyMatch(Character::isDigit);
	}

}

package org.acquis.identity.account;

/** 8 characters or more, with an upper-case letter, a lower-case letter and a digit (domain.md §9). */
public final class PasswordPolicy {

	private PasswordPolicy() {
	}

	public static boolean accepts(String password) {
		return password.length() >= 8 && password.length() <= 255 && password.chars().anyMatch(Character::isUpperCase)
				&& password.chars().anyMatch(Character::isLowerCase) && password.chars().anyMatch(Character::isDigit);
	}

}

package org.acquis.identity.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * 8 characters or more, with an upper-case letter, a lower-case letter and a digit
 * (domain.md §9); and none of the most common passwords (the list shipped in
 * {@code identity/common-passwords.txt}), none containing the person's name or the local
 * part of the e-mail address, no control character.
 */
public final class PasswordPolicy {

	/**
	 * BCrypt reads 72 bytes at most (and refuses more): a longer password would be
	 * silently weakened.
	 */
	public static final int MAX_BYTES = 72;

	/** Names shorter than this are not looked for in the password. */
	static final int NAME_MIN_LENGTH = 3;

	private static final String COMMON_LIST = "/identity/common-passwords.txt";

	private PasswordPolicy() {
	}

	public static boolean fitsTheHash(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	public static boolean accepts(String password) {
		return password.length() >= 8 && password.length() <= 255 && password.chars().anyMatch(Character::isUpperCase)
				&& password.chars().anyMatch(Character::isLowerCase) && password.chars().anyMatch(Character::isDigit);
	}

	/**
	 * Refuses a password with a stable code: PASSWORD_TOO_LONG,
	 * PASSWORD_INVALID_CHARACTER, PASSWORD_TOO_WEAK, PASSWORD_TOO_COMMON or
	 * PASSWORD_CONTAINS_NAME.
	 */
	public static void check(@Nullable String password, @Nullable String email, @Nullable String firstName,
			@Nullable String lastName) {
		checkComposition(password);
		if (password == null || isCommon(password)) {
			throw DomainException.badInput("PASSWORD_TOO_COMMON");
		}
		if (containsName(password, email, firstName, lastName)) {
			throw DomainException.badInput("PASSWORD_CONTAINS_NAME");
		}
	}

	/** The documented rule only: length, character classes, no control character. */
	static void checkComposition(@Nullable String password) {
		if (password != null && !fitsTheHash(password)) {
			throw DomainException.badInput("PASSWORD_TOO_LONG");
		}
		if (password != null && password.chars().anyMatch(Character::isISOControl)) {
			throw DomainException.badInput("PASSWORD_INVALID_CHARACTER");
		}
		if (password == null || !accepts(password)) {
			throw DomainException.badInput("PASSWORD_TOO_WEAK");
		}
	}

	static boolean isCommon(String password) {
		return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
	}

	static boolean containsName(String password, @Nullable String email, @Nullable String firstName,
			@Nullable String lastName) {
		var folded = fold(password);
		var localPart = email == null ? null : email.trim().replaceFirst("@.*$", "");
		return Stream.of(localPart, firstName, lastName)
			.filter(name -> name != null && name.trim().length() >= NAME_MIN_LENGTH)
			.map(name -> fold(name.trim()))
			.anyMatch(folded::contains);
	}

	// case and accents do not make a name less guessable: "Zoé" is found in "zoe2026X"
	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** Read once, on first use. */
	private static final class CommonPasswords {

		static final Set<String> LIST = load();

		private static Set<String> load() {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
				if (in == null) {
					throw new IllegalStateException(COMMON_LIST + " is missing");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

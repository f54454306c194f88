package org.acquis.identity.account;

import org.acquis.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "Password1", "Azerty123", "Acquis2026", "Motdepasse1", "Soleil2024", "P@ssw0rd1",
			"Qwerty123", "Azertyuiop1", "Bonjour123" })
	void refusesTheMostCommonPasswords(String password) {
		expectRefused(password, "zoe.martin@example.org", "Zoé", "Martin", "PASSWORD_TOO_COMMON");
	}

	@Test
	void refusesThePersonsNameAndAddress() {
		expectRefused("Zoe.martin@example.org1", "zoe.martin@example.org", "Zoé", "Martin", "PASSWORD_CONTAINS_NAME");
		expectRefused("Zoe.Martin1", "zoe.martin@example.org", "Zoé", "Martin", "PASSWORD_CONTAINS_NAME");
		expectRefused("ZOE2026xyz", "z@example.org", "Zoé", "Lefèvre", "PASSWORD_CONTAINS_NAME");
		expectRefused("Xlefevre42", "z@example.org", "Zoé", "Lefèvre", "PASSWORD_CONTAINS_NAME");
		assertThatCode(() -> PasswordPolicy.check("Lu9-vert-Orage", "lu@example.org", "Lu", "Ng"))
			.as("names of fewer than 3 letters are not looked for")
			.doesNotThrowAnyException();
	}

	@Test
	void refusesControlCharactersAndKeepsTheDocumentedRule() {
		expectRefused("Vert-Orage\u00009", "a@example.org", "Ana", "Bel", "PASSWORD_INVALID_CHARACTER");
		expectRefused("Vert-Orage\n9", "a@example.org", "Ana", "Bel", "PASSWORD_INVALID_CHARACTER");
		expectRefused("vert-orage9", "a@example.org", "Ana", "Bel", "PASSWORD_TOO_WEAK");
		expectRefused("Vert-Orage", "a@example.org", "Ana", "Bel", "PASSWORD_TOO_WEAK");
		expectRefused("Vo9", "a@example.org", "Ana", "Bel", "PASSWORD_TOO_WEAK");
		expectRefused(null, "a@example.org", "Ana", "Bel", "PASSWORD_TOO_WEAK");
		expectRefused("Aa1" + "x".repeat(100), "a@example.org", "Ana", "Bel", "PASSWORD_TOO_LONG");
		assertThatCode(() -> PasswordPolicy.check("Vert-Orage9", "a@example.org", "Ana", "Bel"))
			.doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("Secret123", "a@example.org", "Ana", "Bel")).as("the tests' password")
			.doesNotThrowAnyException();
	}

	@Test
	void theDemoPasswordPassesOnlyTheCompositionRule() {
		assertThatCode(() -> PasswordPolicy.checkComposition(DemoAccounts.PASSWORD)).doesNotThrowAnyException();
		expectRefused(DemoAccounts.PASSWORD, "x@example.org", "Ana", "Bel", "PASSWORD_TOO_COMMON");
	}

	private static void expectRefused(String password, String email, String firstName, String lastName, String code) {
		assertThatThrownBy(() -> PasswordPolicy.check(password, email, firstName, lastName)).isInstanceOfSatisfying(
				DomainException.class,
				ex -> org.assertj.core.api.Assertions.assertThat(ex.code()).as(password).isEqualTo(code));
	}

}

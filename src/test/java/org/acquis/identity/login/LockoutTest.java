package org.acquis.identity.login;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.shared.DomainException;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, HIGH-2 and LOW-1: failures block the address they come from, for a while
 * only; a wrong password is a wrong password, blocked or not.
 */
class LockoutTest extends IntegrationTest {

	private static final String PASSWORD = "Vert-Orage9";

	private static final String ATTACKER = "203.0.113.66";

	private static final String OWNER = "198.51.100.7";

	@Autowired
	Authenticate authenticate;

	@Autowired
	RegisterUser registerUser;

	@Test
	void anAttackerAtOneAddressNeverLocksTheOwnerOutAndNeverForGood() {
		var email = newAccount();
		for (int round = 1; round <= 5; round++) {
			for (int i = 0; i < 10; i++) {
				assertThat(login(ATTACKER, email, "Wrong-" + i + "x")).isEqualTo("INVALID_CREDENTIALS");
			}
			assertThat(login(OWNER, email, PASSWORD)).as("round %d: the owner elsewhere", round).isEqualTo("OK");
			this.clock.advance(Duration.ofMinutes((1L << round) + 1));
		}
		// 50 failures from one address (the old rule's permanent step): a temporary block
		// of that address only
		assertThat(login(ATTACKER, email, PASSWORD)).isEqualTo("OK");
	}

	@Test
	void aBlockedAddressLearnsNothingFromAWrongPasswordAndNoMoreGuessesFromTheRightOne() {
		var email = newAccount();
		for (int i = 0; i < 10; i++) {
			login(ATTACKER, email, "Wrong-" + i + "x");
		}
		assertThat(login(ATTACKER, email, "Wrong-again1")).as("like an unknown login").isEqualTo("INVALID_CREDENTIALS");
		assertThat(login(ATTACKER, email, PASSWORD)).as("the right password learns of the block")
			.isEqualTo("ACCOUNT_TEMPORARILY_BLOCKED");
		login(ATTACKER, email, "Wrong-again2");
		login(ATTACKER, email, "Wrong-again3");
		assertThat(login(ATTACKER, email, PASSWORD))
			.as("after 3 checked failures in a block, passwords are not even checked")
			.isEqualTo("INVALID_CREDENTIALS");
		assertThat(login("nobody-" + UUID.randomUUID() + "@example.org", ATTACKER)).isEqualTo("INVALID_CREDENTIALS");
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(login(ATTACKER, email, PASSWORD)).isEqualTo("OK");
	}

	@Test
	void failuresFromManyAddressesBlockTheWholeAccountForAWhileOnly() {
		var email = newAccount();
		for (int address = 1; address <= 5; address++) {
			for (int i = 0; i < 10; i++) {
				login("192.0.2." + (100 + address), email, "Wrong-" + i + "x");
			}
		}
		assertThat(login(OWNER, email, "Wrong-owner1")).isEqualTo("INVALID_CREDENTIALS");
		assertThat(login(OWNER, email, PASSWORD)).isEqualTo("ACCOUNT_TEMPORARILY_BLOCKED");
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(login(OWNER, email, PASSWORD)).isEqualTo("OK");
	}

	@Test
	void theAddressIsTheOneOfTheHttpRequest() {
		this.clock.advance(Duration.ofMinutes(1));
		var email = newAccount();
		var api = new ApiClient(baseUrl());
		for (int i = 0; i < 10; i++) {
			assertThat(api.login(email, "Wrong-" + i + "x").status()).isEqualTo(401);
		}
		var blocked = api.login(email, PASSWORD);
		assertThat(blocked.status()).as(blocked.raw()).isEqualTo(423);
		assertThat(login(OWNER, email, PASSWORD)).as("another address").isEqualTo("OK");
		this.clock.advance(Duration.ofMinutes(3));
	}

	private String newAccount() {
		var email = "lock-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(
				new RegisterUser.Registration("Ana", "Bel", email, PASSWORD, "fr", true, EnumSet.of(Role.LEARNER)));
		return email;
	}

	private String login(String address, String login, String password) {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			this.authenticate.authenticate(login, password);
			return "OK";
		}
		catch (DomainException ex) {
			return ex.code();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private String login(String login, String address) {
		return login(address, login, PASSWORD);
	}

}

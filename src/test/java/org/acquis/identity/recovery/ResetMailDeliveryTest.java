package org.acquis.identity.recovery;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password-reset e-mail leaves after the commit through Spring Modulith's event
 * registry: an SMTP server that is away neither fails nor slows the request, and the
 * e-mail leaves when the event is delivered again (as on a restart).
 */
class ResetMailDeliveryTest extends IntegrationTest {

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void freshWindows() {
		this.clock.advance(Duration.ofMinutes(61));
	}

	@Test
	void anSmtpOutageLeavesTheEmailPendingUntilTheEventIsDeliveredAgain() {
		var api = new ApiClient(baseUrl());
		var email = signUp(api);
		this.smtp.stop();
		try {
			assertThat(api.post("/api/password-resets", Map.of("email", email)).status()).isEqualTo(202);
			assertThat(awaitStatus(email, "FAILED")).as("the e-mail could not leave: the event stays incomplete")
				.isEqualTo("FAILED");
			assertThat(serializedEvent(email)).as("the user, by id").contains(userId(email));
			assertThat(this.meters.counter("acquis.listener.failures", "listener", "ResetMailListener.on").count())
				.as("counted")
				.isPositive();
		}
		finally {
			this.smtp.start();
		}
		this.incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PasswordResetRequested r && r.userId().toString().equals(userId(email)));

		assertThat(this.mailbox.await(email, 1)).as("sent when delivered again").hasSize(1);
		assertThat(awaitStatus(email, "COMPLETED")).isEqualTo("COMPLETED");
	}

	@Test
	void aLinkUsedOrExpiredBeforeItsEmailLeftIsNotSent() {
		var api = new ApiClient(baseUrl());
		var email = signUp(api);
		this.smtp.stop();
		try {
			api.post("/api/password-resets", Map.of("email", email));
			awaitStatus(email, "FAILED");
		}
		finally {
			this.smtp.start();
		}
		this.clock.advance(Duration.ofMinutes(61));
		this.incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PasswordResetRequested r && r.userId().toString().equals(userId(email)));

		assertThat(awaitStatus(email, "COMPLETED")).as("delivered: nothing left to do").isEqualTo("COMPLETED");
		assertThat(this.mailbox.to(email)).as("an expired link is not e-mailed").isEmpty();
	}

	@Test
	void theEventNeverPrintsTheToken() {
		var event = new PasswordResetRequested(UUID.randomUUID(), "a-secret-token-of-the-link");

		assertThat(event.toString()).doesNotContain("a-secret-token-of-the-link");
	}

	private String signUp(ApiClient api) {
		var email = "delivery-" + UUID.randomUUID() + "@example.org";
		var created = api.post("/api/users", Map.of("firstName", "Ana", "lastName", "Bel", "email", email, "password",
				"Velo-Rouge-75", "locale", "fr", "acceptTerms", true));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return email;
	}

	private String userId(String email) {
		return this.jdbc.sql("SELECT id::text FROM identity_user WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	private String serializedEvent(String email) {
		return this.jdbc
			.sql("SELECT serialized_event FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?")
			.params(ResetMailListener.ID, "%" + userId(email) + "%")
			.query(String.class)
			.single();
	}

	/**
	 * The status of the e-mail's publication, once it is the one awaited (10 s at most).
	 */
	private String awaitStatus(String email, String status) {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String current;
		do {
			current = this.jdbc
				.sql("SELECT status FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?")
				.params(ResetMailListener.ID, "%" + userId(email) + "%")
				.query(String.class)
				.optional()
				.orElse("none");
			if (!current.equals(status)) {
				pause();
			}
		}
		while (!current.equals(status) && System.nanoTime() < deadline);
		return current;
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

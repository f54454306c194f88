package org.acquis.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: ONE Spring context for the whole suite (same
 * configuration everywhere), a real embedded PostgreSQL in a fresh directory, a real HTTP
 * port, an SMTP server (GreenMail) whose e-mails are read through {@link #mailbox}. The
 * tests' client, 127.0.0.1, plays the trusted load balancer: its X-Forwarded-For /
 * X-Forwarded-Proto are honoured (ForwardedHeadersTest); a request without them is the
 * balancer's own, from 127.0.0.1, as before. The whole suite signs up from 127.0.0.1: the
 * sign-up limits are high here, and RateLimitsTest lowers them for its own checks.
 */
@org.springframework.context.annotation.Import({ TestClockConfiguration.class, MailTestConfiguration.class,
		FixedOrderMethod.Installed.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.allow-bean-definition-overriding=true", "logging.level.org.acquis=INFO",
				"server.shutdown=immediate", "spring.lifecycle.timeout-per-shutdown-phase=2s",
				"server.tomcat.remoteip.internal-proxies=127.0.0.1/32", "acquis.identity.signups-per-minute=100000",
				"acquis.identity.signups-per-node-per-minute=100000",
				// background jobs run once at start-up, then not during the suite: tests
				// run a job's body themselves
				"acquis.jobs.polling-interval=1h", "acquis.jobs.wake-on-schedule=false" })
public abstract class IntegrationTest {

	private static final Path DATA;

	static {
		try {
			DATA = Files.createTempDirectory("acquis-test-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected Mailbox mailbox;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("acquis.data-dir", DATA::toString);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MailTestConfiguration.SMTP_PORT);
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}

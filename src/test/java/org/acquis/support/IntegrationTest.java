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
 * port. The whole suite signs up from 127.0.0.1: the sign-up limits are high here, and
 * RateLimitsTest lowers them for its own checks.
 */
@org.springframework.context.annotation.Import(TestClockConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.allow-bean-definition-overriding=true", "logging.level.org.acquis=INFO",
				"server.shutdown=immediate", "spring.lifecycle.timeout-per-shutdown-phase=2s",
				"acquis.identity.signups-per-minute=100000", "acquis.identity.signups-per-node-per-minute=100000" })
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

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("acquis.data-dir", DATA::toString);
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}

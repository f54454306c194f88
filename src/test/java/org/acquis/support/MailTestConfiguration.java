package org.acquis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An SMTP server in the shared test context (GreenMail), on a port chosen once for the
 * whole run, so that {@code spring.mail.port} is the same for every test and the suite
 * keeps ONE Spring context. Tests read what it received through {@link Mailbox}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

	static final int SMTP_PORT = freePort();

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Bean
	Mailbox mailbox(GreenMail greenMail) {
		return new Mailbox(greenMail);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

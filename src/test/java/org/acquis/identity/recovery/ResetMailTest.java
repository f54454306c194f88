package org.acquis.identity.recovery;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.Role;
import org.acquis.identity.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server the product works on and says, in one line, what was not sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResetMailTest {

	private static final UserAccount ACCOUNT = new UserAccount(UUID.randomUUID(), "Ana", "Bel", "ana@example.org", null,
			"hash", "fr", Set.of(Role.LEARNER), 0, null, false, false);

	@Test
	void withoutAnSmtpServerOneLineSaysTheEmailCouldNotBeSent(CapturedOutput output) {
		mail(Map.of()).send(ACCOUNT, "a-token-of-twenty-characters");

		assertThat(output.getAll()).contains("could not be sent").doesNotContain("a-token-of-twenty-characters");
	}

	@Test
	void theDemoLogsTheLinkInstead(CapturedOutput output) {
		mail(Map.of("acquis.identity.log-reset-links", "true")).send(ACCOUNT, "a-token-of-twenty-characters");

		assertThat(output.getAll()).contains("http://localhost:8080/nouveau-mot-de-passe/a-token-of-twenty-characters");
	}

	private static ResetMail mail(Map<String, String> properties) {
		var settings = new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("acquis.identity",
				IdentitySettings.class);
		var noSender = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
		return new ResetMail(noSender, new StaticMessageSource(), settings);
	}

}

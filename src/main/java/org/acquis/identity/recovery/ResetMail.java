package org.acquis.identity.recovery;

import java.util.Locale;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.account.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The password-reset e-mail, plain text in the account's language, sent by
 * {@link ResetMailListener} after the commit. Without {@code spring.mail.host} nothing is
 * sent and one line is logged (with {@code acquis.identity.log-reset-links}, the demo
 * profile, that line carries the link). An SMTP failure is logged in one line and thrown:
 * the e-mail is tried again later.
 */
@Component
class ResetMail {

	private static final Logger log = LoggerFactory.getLogger(ResetMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final IdentitySettings settings;

	ResetMail(ObjectProvider<JavaMailSender> senders, MessageSource messages, IdentitySettings settings) {
		this.senders = senders;
		this.messages = messages;
		this.settings = settings;
	}

	void send(UserAccount account, String token) {
		var link = link(token, account.locale());
		var sender = this.senders.getIfAvailable();
		if (sender == null) {
			if (this.settings.logResetLinks()) {
				log.info("No SMTP server (spring.mail.host): password-reset link of {}: {}", account.email(), link);
			}
			else {
				log.warn("No SMTP server is configured (spring.mail.host): the password-reset e-mail of user {} "
						+ "could not be sent", account.id());
			}
			return;
		}
		try {
			sender.send(message(account, link));
		}
		catch (MailException ex) {
			log.warn("The password-reset e-mail of user {} could not be sent, it will be tried again: {}", account.id(),
					ex.getMessage());
			throw ex;
		}
	}

	private SimpleMailMessage message(UserAccount account, String link) {
		var locale = Locale.forLanguageTag(account.locale());
		var message = new SimpleMailMessage();
		message.setFrom(this.settings.mailFrom());
		message.setTo(account.email());
		message.setSubject(this.messages.getMessage("mail.reset.subject", null, locale));
		message.setText(this.messages.getMessage("mail.reset.body",
				new Object[] { account.firstName(), link, PasswordResets.VALIDITY.toMinutes() }, locale));
		return message;
	}

	private String link(String token, String locale) {
		var base = this.settings.publicUrl().replaceAll("/+$", "");
		return base + "/nouveau-mot-de-passe/" + token + ("en".equals(locale) ? "?lang=en" : "");
	}

}

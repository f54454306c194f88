package org.acquis.certification.jury;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The publication's e-mails, plain text, in French or in English when the account's
 * language is English: to each candidate with a result (their result e-mail given at
 * enrolment, else their account's), a link to their certificates; to each administrator
 * of the centre, a summary. One failed e-mail is logged and does not stop the others (nor
 * is it sent again: the others would be sent twice).
 */
@Component
class PublicationMail {

	private static final Logger log = LoggerFactory.getLogger(PublicationMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final IdentitySettings identity;

	private final UserDirectory users;

	private final JuryCertifications certifications;

	private final JurySessions sessions;

	PublicationMail(ObjectProvider<JavaMailSender> senders, MessageSource messages, IdentitySettings identity,
			UserDirectory users, JuryCertifications certifications, JurySessions sessions) {
		this.senders = senders;
		this.messages = messages;
		this.identity = identity;
		this.users = users;
		this.certifications = certifications;
		this.sessions = sessions;
	}

	void send(JurySessions.JurySession session) {
		var sender = this.senders.getIfAvailable();
		if (sender == null) {
			log.warn("No SMTP server is configured (spring.mail.host): the results of session {} were not e-mailed",
					session.id());
			return;
		}
		var rows = this.certifications.ofSession(session.id()).stream().filter(c -> c.result() != null).toList();
		for (var row : rows) {
			var account = row.userId() == null ? null : this.users.find(row.userId()).orElse(null);
			var email = row.resultEmail() != null && !row.resultEmail().isBlank() ? row.resultEmail()
					: account == null ? null : account.email();
			var locale = locale(account == null ? "fr" : account.locale());
			if (email != null) {
				send(sender, email, subject("mail.certification.results.subject", locale),
						this.messages.getMessage(
								"mail.certification.results.body", new Object[] { row.firstName(),
										date(session, locale), number(session), session.centerName(), link(locale) },
								locale));
			}
		}
		long validated = rows.stream()
			.filter(r -> r.result() != null && "VALIDATED".equals(r.result().status()))
			.count();
		for (var admin : this.sessions.centerAdmins(session.centerId())) {
			var account = this.users.find(admin).orElse(null);
			if (account == null || account.email() == null) {
				continue;
			}
			var locale = locale(account.locale());
			send(sender, account.email(),
					this.messages.getMessage("mail.certification.summary.subject", new Object[] { number(session) },
							locale),
					this.messages.getMessage("mail.certification.summary.body",
							new Object[] { account.firstName(), number(session), date(session, locale),
									session.centerName(), rows.size(), validated, rows.size() - validated,
									session.candidates() },
							locale));
		}
	}

	private void send(JavaMailSender sender, String to, String subject, String body) {
		var message = new SimpleMailMessage();
		message.setFrom(this.identity.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException | IllegalStateException ex) {
			log.warn("A certification results e-mail could not be sent: {}", ex.getMessage());
		}
	}

	private String subject(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String date(JurySessions.JurySession session, Locale locale) {
		return session.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	/** The session's number as typed (no digit grouping). */
	private static String number(JurySessions.JurySession session) {
		return Long.toString(session.id());
	}

	private String link(Locale locale) {
		return this.identity.publicUrl().replaceAll("/+$", "") + "/mes-certifications"
				+ ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
	}

	private static Locale locale(String language) {
		return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
	}

}

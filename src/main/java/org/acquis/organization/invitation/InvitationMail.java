package org.acquis.organization.invitation;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.acquis.identity.IdentitySettings;
import org.acquis.organization.OrganizationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The invitation e-mail, plain text in the inviter's language, sent through the SMTP
 * server ({@code spring.mail.*}) after the commit on its own virtual thread: a slow SMTP
 * server neither holds a transaction nor fails the request. Without
 * {@code spring.mail.host} one line is logged (with the link when
 * {@code acquis.identity.log-reset-links} is on, the demo profile).
 */
@Component
class InvitationMail implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final IdentitySettings identity;

	private final OrganizationSettings settings;

	private final ExecutorService executor = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("invitation-mail-", 0).factory());

	InvitationMail(ObjectProvider<JavaMailSender> senders, MessageSource messages, IdentitySettings identity,
			OrganizationSettings settings) {
		this.senders = senders;
		this.messages = messages;
		this.identity = identity;
		this.settings = settings;
	}

	void sendAfterCommit(String email, String organizationName, String token, Locale locale) {
		Runnable send = () -> sendLater(email, organizationName, token, locale);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	private void sendLater(String email, String organizationName, String token, Locale locale) {
		try {
			this.executor.execute(() -> send(email, organizationName, token, locale));
		}
		catch (RejectedExecutionException ex) {
			log.warn("An invitation e-mail was not sent: the application is stopping");
		}
	}

	private void send(String email, String organizationName, String token, Locale locale) {
		var link = this.identity.publicUrl().replaceAll("/+$", "") + "/orga/invitation/" + token
				+ ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
		var sender = this.senders.getIfAvailable();
		if (sender == null) {
			if (this.identity.logResetLinks()) {
				log.info("No SMTP server (spring.mail.host): invitation link for {}: {}", email, link);
			}
			else {
				log.warn("No SMTP server is configured (spring.mail.host): an invitation e-mail could not be sent");
			}
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(this.identity.mailFrom());
		message.setTo(email);
		message
			.setSubject(this.messages.getMessage("mail.invitation.subject", new Object[] { organizationName }, locale));
		message.setText(this.messages.getMessage("mail.invitation.body",
				new Object[] { organizationName, link, this.settings.invitationValidity().toDays() }, locale));
		try {
			sender.send(message);
		}
		catch (MailException | IllegalStateException ex) {
			log.warn("An invitation e-mail could not be sent: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}

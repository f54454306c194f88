package org.acquis.identity.recovery;

import org.acquis.identity.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Sends the password-reset e-mail after the request's commit, on its own thread and
 * outside any transaction: a slow or absent SMTP server neither holds a database
 * connection nor fails the request. A failure leaves the event incomplete in Spring
 * Modulith's registry: it is delivered again after
 * {@code acquis.jobs.failed-events-retry-after} and on every restart, until the e-mail
 * leaves or the hour after the request is over. Each delivery makes its own link (only
 * its fingerprint is stored): a link made by a delivery whose e-mail failed opens
 * nothing, as nobody has it.
 */
@Component
class ResetMailListener {

	private static final Logger log = LoggerFactory.getLogger(ResetMailListener.class);

	/** Stored with every publication: never change it while publications are pending. */
	static final String ID = "identity-password-reset-mail";

	private final UserAccounts accounts;

	private final PasswordResets resets;

	private final ResetMail mail;

	ResetMailListener(UserAccounts accounts, PasswordResets resets, ResetMail mail) {
		this.accounts = accounts;
		this.resets = resets;
		this.mail = mail;
	}

	@ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
	void on(PasswordResetRequested event) {
		var account = this.accounts.findById(event.userId());
		if (account.isEmpty()) {
			return;
		}
		var token = this.resets.issueLink(event);
		if (token.isEmpty()) {
			log.info("The password-reset request of user {} is over an hour old: no link is sent", event.userId());
			return;
		}
		this.mail.send(account.get(), token.get());
	}

}

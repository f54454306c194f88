package org.acquis.identity.recovery;

import java.time.Clock;

import org.acquis.identity.account.UserAccounts;
import org.acquis.shared.Hashing;
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
 * leaves or the link is no longer usable (used, or expired after an hour).
 */
@Component
class ResetMailListener {

	private static final Logger log = LoggerFactory.getLogger(ResetMailListener.class);

	/** Stored with every publication: never change it while publications are pending. */
	static final String ID = "identity-password-reset-mail";

	private final UserAccounts accounts;

	private final ResetLinks links;

	private final ResetMail mail;

	private final Clock clock;

	ResetMailListener(UserAccounts accounts, ResetLinks links, ResetMail mail, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.mail = mail;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
	void on(PasswordResetRequested event) {
		if (this.links.userOf(Hashing.sha256(event.token()), this.clock.instant()).isEmpty()) {
			log.info("The password-reset link of user {} is used or expired: its e-mail is not sent", event.userId());
			return;
		}
		this.accounts.findById(event.userId()).ifPresent(account -> this.mail.send(account, event.token()));
	}

}

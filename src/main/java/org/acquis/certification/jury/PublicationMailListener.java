package org.acquis.certification.jury;

import java.time.Duration;

import org.acquis.certification.CertificationSessionPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * After a publication's commit, on its own thread: every candidate with a result is told
 * their results are available, every administrator of the centre (its referents) gets a
 * summary. Nothing is sent if the session was unpublished (or published again: that
 * publication has its own event) in the meantime.
 */
@Component
class PublicationMailListener {

	/** Stored with every publication: never change it while publications are pending. */
	static final String ID = "certification-publication-mail";

	private final JurySessions sessions;

	private final PublicationMail mail;

	PublicationMailListener(JurySessions sessions, PublicationMail mail) {
		this.sessions = sessions;
		this.mail = mail;
	}

	@ApplicationModuleListener(id = ID, propagation = Propagation.NOT_SUPPORTED)
	void on(CertificationSessionPublished event) {
		var session = this.sessions.find(event.sessionId());
		if (session.isEmpty() || session.get().publishedAt() == null
				|| Duration.between(session.get().publishedAt(), event.publishedAt())
					.abs()
					.compareTo(Duration.ofMillis(1)) > 0) {
			return;
		}
		this.mail.send(session.get());
	}

}

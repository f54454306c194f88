package org.acquis.certification.jury;

import java.time.Clock;

import org.acquis.certification.CertificationSessionPublished;
import org.acquis.certification.CertificationSessionUnpublished;
import org.acquis.certification.session.SessionStatus;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury publishes a finalised session (PROCESSED: its certificates are visible, its
 * candidates and referents e-mailed) or withdraws the publication (IN_PROCESS again). The
 * events are published inside the transaction: the certificates' listeners write with it.
 * Publishing a published session, or withdrawing an unpublished one, changes nothing.
 */
@Component
class PublishSession {

	private final JurySessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublishSession(JurySessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void publish(long sessionId, CurrentUser user) {
		var status = lockFinalized(sessionId);
		if (status == SessionStatus.PROCESSED) {
			return;
		}
		int unresolved = this.sessions.find(sessionId).orElseThrow().requiredActions();
		if (unresolved > 0) {
			throw DomainException.conflict("JURY_ERRORS_UNRESOLVED", unresolved);
		}
		var at = this.clock.instant();
		this.sessions.publish(sessionId, user.id(), at);
		this.events.publishEvent(new CertificationSessionPublished(sessionId, at));
	}

	@Transactional
	void unpublish(long sessionId) {
		if (lockFinalized(sessionId) != SessionStatus.PROCESSED) {
			return;
		}
		this.sessions.unpublish(sessionId);
		this.events.publishEvent(new CertificationSessionUnpublished(sessionId, this.clock.instant()));
	}

	private SessionStatus lockFinalized(long sessionId) {
		var status = this.sessions.lock(sessionId).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		if (status == SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_FINALIZED");
		}
		return status;
	}

}

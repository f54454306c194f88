package org.acquis.certification.session;

import org.acquis.certification.center.CenterAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * A session exists for the members of its centre only: to anyone else it is
 * {@code 404 SESSION_NOT_FOUND}, as a session that does not exist.
 */
@Component
public class SessionAccess {

	private final Sessions sessions;

	private final CenterAccess centers;

	SessionAccess(Sessions sessions, CenterAccess centers) {
		this.sessions = sessions;
		this.centers = centers;
	}

	public CertificationSession requireMember(long sessionId, CurrentUser user) {
		return this.sessions.find(sessionId)
			.filter(s -> this.centers.isMember(s.centerId(), user))
			.orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
	}

	/** The session if the user may change it: a member's, still CREATED. */
	public CertificationSession requireEditable(long sessionId, CurrentUser user) {
		var session = requireMember(sessionId, user);
		if (!session.editable()) {
			throw DomainException.conflict("SESSION_NOT_EDITABLE");
		}
		return session;
	}

}

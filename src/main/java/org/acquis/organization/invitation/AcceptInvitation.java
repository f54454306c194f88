package org.acquis.organization.invitation;

import java.time.Clock;
import java.util.UUID;

import org.acquis.organization.membership.Members;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Hashing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person who received the link joins the organisation with the role they were invited
 * for (a member already there keeps their role). A link serves once: used or expired, it
 * says so.
 */
@Component
class AcceptInvitation {

	private final Invitations invitations;

	private final Members members;

	private final Clock clock;

	AcceptInvitation(Invitations invitations, Members members, Clock clock) {
		this.invitations = invitations;
		this.members = members;
		this.clock = clock;
	}

	@Transactional
	UUID accept(String token, UUID userId) {
		var invitation = this.invitations.findByTokenHash(Hashing.sha256(token), true)
			.orElseThrow(() -> DomainException.notFound("INVITATION_INVALID"));
		var now = this.clock.instant();
		if (invitation.acceptedAt() != null) {
			throw new DomainException("INVITATION_ALREADY_USED", ErrorCategory.CONFLICT);
		}
		if (invitation.expired(now)) {
			throw new DomainException("INVITATION_EXPIRED", ErrorCategory.CONFLICT);
		}
		this.members.addIfAbsent(invitation.organizationId(), userId, invitation.role());
		this.invitations.markAccepted(invitation.id(), userId, now);
		return invitation.organizationId();
	}

}

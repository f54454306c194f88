package org.acquis.organization.membership;

import java.util.UUID;

import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationRole;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member leaves, or an admin removes a member. The last admin cannot go: someone must
 * stay able to manage the organisation (409 {@code LAST_ADMIN_CANNOT_LEAVE}).
 */
@Component
class RemoveMember {

	private final Members members;

	private final Memberships memberships;

	RemoveMember(Members members, Memberships memberships) {
		this.members = members;
		this.memberships = memberships;
	}

	@Transactional
	void remove(UUID organizationId, UUID actorId, UUID memberId) {
		if (actorId.equals(memberId)) {
			this.memberships.require(organizationId, actorId);
		}
		else {
			this.memberships.requireAdmin(organizationId, actorId);
		}
		this.members.lockOrganization(organizationId);
		var role = this.memberships.roleOf(organizationId, memberId)
			.orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND"));
		if (role == OrganizationRole.ADMIN && this.members.countAdmins(organizationId) <= 1) {
			throw DomainException.conflict("LAST_ADMIN_CANNOT_LEAVE");
		}
		this.members.remove(organizationId, memberId);
	}

}

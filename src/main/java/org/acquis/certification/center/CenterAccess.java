package org.acquis.certification.center;

import java.util.List;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.identity.Role;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.stereotype.Component;

/**
 * Who may act for a centre: its members (a super administrator too). Every centre and
 * session endpoint asks here first.
 */
@Component
public class CenterAccess {

	private final CertificationCenters centers;

	CenterAccess(CertificationCenters centers) {
		this.centers = centers;
	}

	/** The centre, if the user is one of its members; 403 otherwise, 404 if none. */
	public Center requireMember(UUID centerId, CurrentUser user) {
		var center = this.centers.find(centerId).orElseThrow(() -> DomainException.notFound("CENTER_NOT_FOUND"));
		if (!isMember(centerId, user)) {
			throw new DomainException("CENTER_ACCESS_DENIED", ErrorCategory.FORBIDDEN);
		}
		return center;
	}

	public boolean isMember(UUID centerId, CurrentUser user) {
		return user.roles().contains(Role.SUPER_ADMIN) || this.centers.roleOf(centerId, user.id()).isPresent();
	}

	public List<Center> centersOf(CurrentUser user) {
		return this.centers.ofMember(user.id());
	}

}

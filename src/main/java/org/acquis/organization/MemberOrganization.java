package org.acquis.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An organisation as one of its members sees it, with that member's role. */
public record MemberOrganization(UUID id, String name, OrganizationType type, @Nullable String uai,
		boolean managesStudents, OrganizationRole role) {

	public boolean admin() {
		return this.role == OrganizationRole.ADMIN;
	}

}

package org.acquis.organization.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.UserDirectory;
import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationRole;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members of an organisation: added by the back office, listed, leaving or removed. */
@RestController
class MembershipController {

	private final Members members;

	private final Memberships memberships;

	private final RemoveMember removeMember;

	private final UserDirectory users;

	MembershipController(Members members, Memberships memberships, RemoveMember removeMember, UserDirectory users) {
		this.members = members;
		this.memberships = memberships;
		this.removeMember = removeMember;
		this.users = users;
	}

	record NewMembership(@Nullable UUID userId, @Nullable String role) {
	}

	record MemberView(UUID userId, String firstName, String lastName, @Nullable String email, String role) {
	}

	@Operation(summary = "Make a user a member (ADMIN or MEMBER) of an organisation")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@PostMapping("/api/admin/organizations/{id}/memberships")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	Map<String, Object> add(@PathVariable UUID id, @RequestBody NewMembership membership) {
		var role = role(membership.role());
		if (!this.members.organizationExists(id)) {
			throw DomainException.notFound("ORGANIZATION_NOT_FOUND");
		}
		if (membership.userId() == null || this.users.find(membership.userId()).isEmpty()) {
			throw DomainException.notFound("USER_NOT_FOUND");
		}
		this.members.put(id, membership.userId(), role);
		return Map.of("organizationId", id, "userId", membership.userId(), "role", role.name());
	}

	@Operation(summary = "The members of an organisation (members only)")
	@GetMapping("/api/organizations/{id}/memberships")
	List<MemberView> list(@PathVariable UUID id, CurrentUser user) {
		this.memberships.require(id, user.id());
		return this.members.of(id)
			.stream()
			.flatMap(m -> this.users.find(m.userId())
				.stream()
				.map(u -> new MemberView(u.id(), u.firstName(), u.lastName(), u.email(), m.role().name())))
			.toList();
	}

	@Operation(summary = "Leave an organisation, or (an admin) remove a member; the last admin cannot leave")
	@DeleteMapping("/api/organizations/{id}/memberships/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id, @PathVariable UUID userId, CurrentUser user) {
		this.removeMember.remove(id, user.id(), userId);
	}

	static OrganizationRole role(@Nullable String role) {
		try {
			return OrganizationRole.valueOf(role == null ? "" : role);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("ORGANIZATION_ROLE_INVALID");
		}
	}

}

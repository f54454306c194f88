package org.acquis.certification.center;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CenterController {

	private final ManageCenters manage;

	private final CenterAccess access;

	CenterController(ManageCenters manage, CenterAccess access) {
		this.manage = manage;
		this.access = access;
	}

	@Operation(summary = "Create a certification centre (back office)")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@PostMapping("/api/admin/certification-centers")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@RequestBody CenterRequest request) {
		return Map.of("id", this.manage.create(request.name(), request.type(), request.organizationId()));
	}

	@Operation(summary = "Make a user an ADMIN or a MEMBER of a centre (back office)")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@PostMapping("/api/admin/certification-centers/{id}/memberships")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> member(@PathVariable UUID id, @RequestBody MembershipRequest request) {
		this.manage.putMember(id, request.userId(), request.role());
		return Map.of("centerId", id);
	}

	@Operation(summary = "A centre, for its members")
	@GetMapping("/api/certification-centers/{id}")
	Center center(@PathVariable UUID id, CurrentUser user) {
		return this.access.requireMember(id, user);
	}

	@Operation(summary = "The centres the caller is a member of")
	@GetMapping("/api/me/certification-centers")
	List<Center> mine(CurrentUser user) {
		return this.access.centersOf(user);
	}

	record CenterRequest(@Nullable String name, @Nullable String type, @Nullable UUID organizationId) {
	}

	record MembershipRequest(@Nullable UUID userId, @Nullable String role) {
	}

}

package org.acquis.campaign.badge;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The back office adds badges to target profiles. */
@RestController
@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
class BadgeAdminController {

	private final CreateBadge create;

	BadgeAdminController(CreateBadge create) {
		this.create = create;
	}

	@Operation(summary = "Add a badge to a target profile: key, title, message, criteria (threshold %, "
			+ "of the whole participation or of some of the profile's tubes)")
	@PostMapping("/api/admin/target-profiles/{id}/badges")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@PathVariable UUID id, @RequestBody CreateBadge.Command command) {
		return Map.of("id", this.create.create(id, command));
	}

}

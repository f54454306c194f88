package org.acquis.organization.admin;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The back office creates organisations. */
@RestController
class OrganizationAdminController {

	private final CreateOrganization createOrganization;

	OrganizationAdminController(CreateOrganization createOrganization) {
		this.createOrganization = createOrganization;
	}

	@Operation(summary = "Register an organisation (SCO, SCO-1D, SUP, PRO)")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
	@PostMapping("/api/admin/organizations")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@RequestBody CreateOrganization.Command command) {
		return Map.of("id", this.createOrganization.create(command));
	}

}

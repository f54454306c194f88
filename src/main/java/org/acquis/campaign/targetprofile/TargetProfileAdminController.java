package org.acquis.campaign.targetprofile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The back office builds target profiles and offers them to organisations. */
@RestController
@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
class TargetProfileAdminController {

	private final CreateTargetProfile create;

	private final TargetProfiles profiles;

	TargetProfileAdminController(CreateTargetProfile create, TargetProfiles profiles) {
		this.create = create;
		this.profiles = profiles;
	}

	@Operation(summary = "Target profiles, by name or key")
	@GetMapping("/api/admin/target-profiles")
	Map<String, Object> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 200 || (q != null && q.length() > 200)) {
			throw DomainException.badInput("PAGE_INVALID");
		}
		var query = q == null || q.isBlank() ? null : q.strip();
		return Map.of("items", this.profiles.search(query, page, size), "page", page, "size", size);
	}

	@Operation(summary = "Build a target profile from competences or tubes, each up to a level, with stages")
	@PostMapping("/api/admin/target-profiles")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@RequestBody CreateTargetProfile.Command command) {
		return Map.of("id", this.create.create(command));
	}

	record Organizations(@Nullable List<UUID> organizationIds) {
	}

	@Operation(summary = "Offer a target profile to organisations")
	@PostMapping("/api/admin/target-profiles/{id}/organizations")
	void attach(@PathVariable UUID id, @RequestBody Organizations body) {
		this.profiles.find(id).orElseThrow(() -> DomainException.notFound("TARGET_PROFILE_NOT_FOUND"));
		var ids = body.organizationIds() == null ? List.<UUID>of() : body.organizationIds();
		if (ids.isEmpty() || ids.size() > 1000) {
			throw DomainException.badInput("ORGANIZATION_IDS_INVALID");
		}
		this.profiles.attach(id, ids);
	}

	@Operation(summary = "Add or change a stage (palier) of a target profile")
	@PostMapping("/api/admin/target-profiles/{id}/stages")
	void stage(@PathVariable UUID id, @RequestBody CreateTargetProfile.StageInput stage) {
		this.profiles.find(id).orElseThrow(() -> DomainException.notFound("TARGET_PROFILE_NOT_FOUND"));
		CreateTargetProfile.stages(List.of(stage))
			.stream()
			.filter(s -> s.threshold() == stage.threshold())
			.forEach(s -> this.profiles.putStage(id, s));
	}

}

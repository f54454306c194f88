package org.acquis.certification.scoring;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.certification.session.Sessions;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FinalizationController {

	private final FinalizeSession finalize;

	private final Results results;

	private final Sessions sessions;

	FinalizationController(FinalizeSession finalize, Results results, Sessions sessions) {
		this.finalize = finalize;
		this.results = results;
		this.sessions = sessions;
	}

	@Operation(summary = "Finalise a session (once): comment, incidents, abort reasons; its courses are scored")
	@PostMapping("/api/sessions/{id}/finalization")
	Map<String, Object> finalizeSession(@PathVariable long id, @RequestBody FinalizeSession.Finalization request,
			CurrentUser user) {
		int scored = this.finalize.finalizeSession(id, request, user);
		return Map.of("status", "FINALIZED", "scored", scored);
	}

	@Operation(summary = "A finalised session's results, for the jury")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CERTIFICATION')")
	@GetMapping("/api/admin/sessions/{id}/results")
	List<Results.ResultView> results(@PathVariable long id) {
		this.sessions.find(id).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		return this.results.ofSession(id);
	}

}

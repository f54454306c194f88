package org.acquis.referential.report;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChallengeReportController {

	private final ReportProblem reportProblem;

	private final ListChallengeReports list;

	ChallengeReportController(ReportProblem reportProblem, ListChallengeReports list) {
		this.reportProblem = reportProblem;
		this.list = list;
	}

	record ReportRequest(@Nullable String category, @Nullable String comment, @Nullable UUID assessmentId) {
	}

	@Operation(summary = "Reports a problem on a challenge: 201 the first time, 200 for the same learner, "
			+ "challenge and category again (counted once)")
	@PostMapping("/api/challenges/{id}/reports")
	ResponseEntity<Map<String, UUID>> report(@PathVariable String id, @RequestBody ReportRequest request,
			CurrentUser user) {
		var reported = this.reportProblem.report(
				new ReportProblem.Report(user.id(), id, request.category(), request.comment(), request.assessmentId()));
		return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Map.of("id", reported.id()));
	}

	@Operation(summary = "The learners' reports per challenge, newest first, with counts per category")
	@GetMapping("/api/admin/challenge-reports")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	ListChallengeReports.ReportList reports(@RequestParam(required = false) @Nullable String challengeId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.list.list(challengeId, page, size);
	}

}

package org.acquis.evaluation.competence;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.profile.Profile;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompetenceEvaluationController {

	private final StartCompetenceEvaluation start;

	private final ImproveCompetence improve;

	private final ResetCompetence reset;

	private final LearnerProfile profile;

	CompetenceEvaluationController(StartCompetenceEvaluation start, ImproveCompetence improve, ResetCompetence reset,
			LearnerProfile profile) {
		this.start = start;
		this.improve = improve;
		this.reset = reset;
		this.profile = profile;
	}

	@Operation(summary = "Start (or resume) the evaluation of a competence")
	@PostMapping("/api/competence-evaluations")
	ResponseEntity<Map<String, UUID>> start(@RequestBody StartRequest request, CurrentUser user) {
		if (request.competence() == null) {
			throw DomainException.badInput("COMPETENCE_REQUIRED");
		}
		var started = this.start.start(user.id(), request.competence());
		return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Map.of("assessmentId", started.assessmentId()));
	}

	@Operation(summary = "Improve a completed competence (4 days after its last answer)")
	@PostMapping("/api/competence-evaluations/{code}/improve")
	ResponseEntity<Map<String, UUID>> improve(@PathVariable String code, CurrentUser user) {
		var started = this.improve.improve(user.id(), code);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("assessmentId", started.assessmentId()));
	}

	@Operation(summary = "Bring a competence back to level 0 (7 days after its last answer)")
	@PostMapping("/api/me/competences/{code}/reset")
	Profile reset(@PathVariable String code, CurrentUser user) {
		this.reset.reset(user.id(), code);
		return this.profile.of(user.id());
	}

	record StartRequest(@Nullable String competence) {
	}

}

package org.acquis.evaluation.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.evaluation.assessment.AnswerChallenge;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.AskNextChallenge;
import org.acquis.evaluation.competence.ImproveCompetence;
import org.acquis.evaluation.competence.StartCompetenceEvaluation;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ChallengeView;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EvaluationController {

	private final StartCompetenceEvaluation start;

	private final ImproveCompetence improve;

	private final AskNextChallenge ask;

	private final AnswerChallenge answer;

	private final Assessments assessments;

	EvaluationController(StartCompetenceEvaluation start, ImproveCompetence improve, AskNextChallenge ask,
			AnswerChallenge answer, Assessments assessments) {
		this.start = start;
		this.improve = improve;
		this.ask = ask;
		this.answer = answer;
		this.assessments = assessments;
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

	@Operation(summary = "An assessment's state")
	@GetMapping("/api/assessments/{id}")
	AssessmentView assessment(@PathVariable UUID id, CurrentUser user) {
		var assessment = this.assessments.find(id)
			.filter(a -> a.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		return new AssessmentView(assessment.id(), assessment.type().name(), assessment.state().name(),
				assessment.answers(), assessment.competence());
	}

	@Operation(summary = "The current challenge (never its solution), or 204 when the assessment is over")
	@GetMapping("/api/assessments/{id}/next-challenge")
	ResponseEntity<ChallengeView> next(@PathVariable UUID id, CurrentUser user) {
		return this.ask.ask(id, user.id())
			.map(asked -> ResponseEntity.ok(view(asked)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** The next-challenge body: the same in an answer's response. */
	private static ChallengeView view(AskNextChallenge.AskedChallenge asked) {
		return ChallengeView.of(asked.challenge(), asked.deadline(), asked.assessment().seed());
	}

	@Operation(summary = "Answer the current challenge; the response carries the next one (null when finished)")
	@PostMapping("/api/assessments/{id}/answers")
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
	AnswerResponse answer(@PathVariable UUID id, @RequestBody AnswerRequest request, CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw DomainException.badInput("IDEMPOTENCY_KEY_INVALID");
		}
		var answered = this.answer.answer(new AnswerChallenge.GivenAnswer(id, user.id(), request.challengeId(),
				request.value(), Boolean.TRUE.equals(request.skipped()), Boolean.TRUE.equals(request.timedOut()),
				Boolean.TRUE.equals(request.focusedOut()), idempotencyKey));
		return new AnswerResponse(answered.answer().id(), answered.answer().result().name(),
				answered.next().map(EvaluationController::view).orElse(null));
	}

	record StartRequest(@Nullable String competence) {
	}

	record AssessmentView(UUID id, String type, String state, int answers, String competence) {
	}

	record AnswerRequest(@Nullable String challengeId, @Nullable Object value, @Nullable Boolean skipped,
			@Nullable Boolean timedOut, @Nullable Boolean focusedOut) {
	}

	record AnswerResponse(UUID answerId, String result, @Nullable ChallengeView nextChallenge) {
	}

}

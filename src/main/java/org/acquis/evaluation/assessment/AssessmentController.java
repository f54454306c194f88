package org.acquis.evaluation.assessment;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ChallengeView;
import org.acquis.referential.Correction;
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
class AssessmentController {

	private final AskNextChallenge ask;

	private final AnswerChallenge answer;

	private final Assessments assessments;

	private final AssessmentReview review;

	private final StartTimedChallenge start;

	AssessmentController(AskNextChallenge ask, AnswerChallenge answer, Assessments assessments, AssessmentReview review,
			StartTimedChallenge start) {
		this.start = start;
		this.ask = ask;
		this.answer = answer;
		this.assessments = assessments;
		this.review = review;
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
		return asked.view();
	}

	@Operation(summary = "Start the current timed challenge: its clock starts now and it is shown whole "
			+ "(idempotent; until then next-challenge shows only its type and timer, awaitingStart true)")
	@PostMapping("/api/assessments/{id}/current-challenge/start")
	ChallengeView start(@PathVariable UUID id, CurrentUser user) {
		return view(this.start.start(id, user.id()));
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
		// a certification test tells nothing of its results while it runs
		return new AnswerResponse(answered.answer().id(), answered.blind() ? null : answered.answer().result().name(),
				answered.next().map(AssessmentController::view).orElse(null), answered.levelUp());
	}

	@Operation(summary = "The answers recorded so far, oldest first, with the expected answer and tutorials "
			+ "(its learner; not for a certification)")
	@GetMapping("/api/assessments/{id}/review")
	ReviewView review(@PathVariable UUID id, CurrentUser user) {
		return new ReviewView(this.review.of(id, user.id())
			.answers()
			.stream()
			.map(a -> new ReviewedView(a.challengeId(), a.instruction(), a.result().name(), a.given(), a.correction(),
					a.tutorials().stream().map(t -> new TutorialView(t.id(), t.title())).toList()))
			.toList());
	}

	record ReviewView(List<ReviewedView> answers) {
	}

	record ReviewedView(String challengeId, String instruction, String result, String given, Correction correction,
			List<TutorialView> tutorials) {
	}

	record TutorialView(String id, String title) {
	}

	record AssessmentView(UUID id, String type, String state, int answers, @Nullable String competence) {
	}

	record AnswerRequest(@Nullable String challengeId, @Nullable Object value, @Nullable Boolean skipped,
			@Nullable Boolean timedOut, @Nullable Boolean focusedOut) {
	}

	/**
	 * {@code levelUp}: the level this answer raised in its competence of the core
	 * framework, null when it raised none.
	 */
	record AnswerResponse(UUID answerId, @Nullable String result, @Nullable ChallengeView nextChallenge,
			LevelsGained.@Nullable LevelUp levelUp) {
	}

}

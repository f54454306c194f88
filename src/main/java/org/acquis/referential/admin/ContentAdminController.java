package org.acquis.referential.admin;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContentAdminController {

	private final ReadContentStatistics statistics;

	private final PreviewChallenge preview;

	private final TryAnswer trial;

	private final Problems problems;

	ContentAdminController(ReadContentStatistics statistics, PreviewChallenge preview, TryAnswer trial,
			Problems problems) {
		this.statistics = statistics;
		this.preview = preview;
		this.trial = trial;
		this.problems = problems;
	}

	@Operation(summary = "Size of a framework's bank: tubes, skills, challenges and tutorials by competence")
	@GetMapping("/api/admin/content/stats")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT','SUPPORT')")
	ContentStats stats(@RequestParam(defaultValue = "crcn") String framework) {
		return this.statistics.read(framework);
	}

	@Operation(summary = "A challenge as a learner sees it, with its place in the framework and its solution")
	@GetMapping("/api/admin/challenges/{id}")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	ChallengePreview challenge(@PathVariable String id) {
		return this.preview.preview(id);
	}

	@Operation(summary = "Tries the answer validation on any solution, without a challenge")
	@PostMapping("/api/admin/answer-trials")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	AnswerTrialResult tryAnswer(@RequestBody AnswerTrialRequest request) {
		return this.trial.tryAnswer(request);
	}

	/**
	 * A trial that is not even JSON of the right shape gets the trial's own code, not a
	 * generic one.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadableTrial(Locale locale) {
		var problem = this.problems.of(HttpStatus.BAD_REQUEST, "ANSWER_TRIAL_INVALID", locale, "JSON");
		return Problems.response(problem);
	}

}

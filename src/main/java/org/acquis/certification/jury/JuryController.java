package org.acquis.certification.jury;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The jury's API (roles CERTIFICATION and SUPER_ADMIN). */
@RestController
@PreAuthorize("hasAnyRole('SUPER_ADMIN','CERTIFICATION')")
class JuryController {

	private final ReviewSessions review;

	private final JuryWork work;

	private final PublishSession publication;

	JuryController(ReviewSessions review, JuryWork work, PublishSession publication) {
		this.review = review;
		this.work = work;
		this.publication = publication;
	}

	record Comment(@Nullable String comment) {
	}

	record DecisionRequest(@Nullable String decision, @Nullable String comment) {
	}

	@Operation(
			summary = "Sessions to review: finalised and later (FINALIZED, IN_PROCESS, PROCESSED), one status if given")
	@GetMapping("/api/admin/sessions")
	List<ReviewSessions.SessionSummary> sessions(@RequestParam(required = false) @Nullable String status) {
		return this.review.list(status);
	}

	@Operation(summary = "A session for the jury: comments, candidates, results, incidents, decisions")
	@GetMapping("/api/admin/sessions/{id}")
	ReviewSessions.SessionReview session(@PathVariable long id) {
		return this.review.review(id);
	}

	@Operation(summary = "Assign the session to me (IN_PROCESS); idempotent, taking it from another member allowed")
	@PostMapping("/api/admin/sessions/{id}/assignment")
	ReviewSessions.SessionSummary assign(@PathVariable long id, CurrentUser user) {
		this.work.assignToMe(id, user);
		return this.review.summary(id);
	}

	@Operation(summary = "The jury's comment on the session (null or blank: none)")
	@PutMapping("/api/admin/sessions/{id}/jury-comment")
	ReviewSessions.SessionReview comment(@PathVariable long id, @RequestBody Comment request) {
		this.work.comment(id, request.comment());
		return this.review.review(id);
	}

	@Operation(
			summary = "Cancel, reject (0 pix) or confirm a certification, with a comment; the scorer's result is kept")
	@PutMapping("/api/admin/certifications/{courseId}/jury-decision")
	ReviewSessions.SessionReview decide(@PathVariable UUID courseId, @RequestBody DecisionRequest request,
			CurrentUser user) {
		return this.review.review(this.work.decide(courseId, request.decision(), request.comment(), user));
	}

	@Operation(summary = "Withdraw the jury's decision: the scorer's result again")
	@DeleteMapping("/api/admin/certifications/{courseId}/jury-decision")
	ReviewSessions.SessionReview restore(@PathVariable UUID courseId) {
		return this.review.review(this.work.restore(courseId));
	}

	@Operation(summary = "Publish the session's results (PROCESSED); idempotent")
	@PostMapping("/api/admin/sessions/{id}/publication")
	ReviewSessions.SessionSummary publish(@PathVariable long id, CurrentUser user) {
		this.publication.publish(id, user);
		return this.review.summary(id);
	}

	@Operation(summary = "Withdraw the publication (IN_PROCESS again); idempotent")
	@DeleteMapping("/api/admin/sessions/{id}/publication")
	ReviewSessions.SessionSummary unpublish(@PathVariable long id) {
		this.publication.unpublish(id);
		return this.review.summary(id);
	}

}

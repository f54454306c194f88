package org.acquis.certification.jury;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.acquis.certification.session.SessionStatus;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jury's pages: {@code /admin/jury} the sessions to review (filtered by status),
 * {@code /admin/jury/sessions/{id}} one session with its forms. A refusal is shown on the
 * session's page, translated; nothing was changed.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPER_ADMIN','CERTIFICATION')")
class JuryPages {

	private static final List<SessionStatus> STATUSES = List.of(SessionStatus.FINALIZED, SessionStatus.IN_PROCESS,
			SessionStatus.PROCESSED);

	private final ReviewSessions review;

	private final JuryWork work;

	private final PublishSession publication;

	private final Problems problems;

	JuryPages(ReviewSessions review, JuryWork work, PublishSession publication, Problems problems) {
		this.review = review;
		this.work = work;
		this.publication = publication;
		this.problems = problems;
	}

	@GetMapping("/admin/jury")
	String sessions(@RequestParam(name = "statut", required = false) @Nullable String status, Model model) {
		var chosen = STATUSES.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
		model.addAttribute("sessions", this.review.list(chosen == null ? null : chosen.name()));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("chosen", chosen == null ? "" : chosen.name());
		return "certification/jury-sessions";
	}

	@GetMapping("/admin/jury/sessions/{id}")
	String session(@PathVariable long id, Model model) {
		model.addAttribute("review", this.review.review(id));
		return "certification/jury-session";
	}

	@PostMapping("/admin/jury/sessions/{id}/assignation")
	String assign(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> {
			this.work.assignToMe(id, user);
			return id;
		}, "jury.done.assigned", redirect, locale);
	}

	@PostMapping("/admin/jury/sessions/{id}/commentaire")
	String comment(@PathVariable long id, @RequestParam(required = false) @Nullable String comment,
			RedirectAttributes redirect, Locale locale) {
		return act(id, () -> {
			this.work.comment(id, comment);
			return id;
		}, "jury.done.commented", redirect, locale);
	}

	@PostMapping("/admin/jury/sessions/{id}/certifications/{courseId}/decision")
	String decide(@PathVariable long id, @PathVariable UUID courseId,
			@RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String comment, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		return act(id, () -> this.work.decide(courseId, decision, comment, user), "jury.done.decided", redirect,
				locale);
	}

	@PostMapping("/admin/jury/sessions/{id}/certifications/{courseId}/retrait")
	String restore(@PathVariable long id, @PathVariable UUID courseId, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> this.work.restore(courseId), "jury.done.restored", redirect, locale);
	}

	@PostMapping("/admin/jury/sessions/{id}/publication")
	String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> {
			this.publication.publish(id, user);
			return id;
		}, "jury.done.published", redirect, locale);
	}

	@PostMapping("/admin/jury/sessions/{id}/depublication")
	String unpublish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(id, () -> {
			this.publication.unpublish(id);
			return id;
		}, "jury.done.unpublished", redirect, locale);
	}

	/** Runs the action; back to the session's page with what was done or why not. */
	private String act(long id, LongSupplier action, String done, RedirectAttributes redirect, Locale locale) {
		long session = id;
		try {
			session = action.getAsLong();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainException ex) {
			if (ex.category() == ErrorCategory.NOT_FOUND && "SESSION_NOT_FOUND".equals(ex.code())) {
				throw ex;
			}
			redirect.addFlashAttribute("refused", this.problems.message(ex.code(), locale, ex.arguments()));
		}
		return "redirect:/admin/jury/sessions/" + session;
	}

}

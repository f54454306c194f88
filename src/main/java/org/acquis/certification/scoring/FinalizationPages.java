package org.acquis.certification.scoring;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.acquis.certification.course.CertificationCourses;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's finalisation from the session page ({@code /certif/sessions/{id}}): the
 * examiner's comment and, for each test started and not completed, an abort reason
 * ({@code reason-<candidateId>}); a reason given for a candidate who did not start is
 * ignored.
 */
@Controller
class FinalizationPages {

	static final String REASON = "reason-";

	private final FinalizeSession finalize;

	private final CertificationCourses courses;

	private final Problems problems;

	FinalizationPages(FinalizeSession finalize, CertificationCourses courses, Problems problems) {
		this.finalize = finalize;
		this.courses = courses;
		this.problems = problems;
	}

	@PostMapping("/certif/sessions/{id}/finalisation")
	String finalizeSession(@PathVariable long id, @RequestParam Map<String, String> form, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		var reports = new ArrayList<FinalizeSession.CandidateReport>();
		for (var course : this.courses.ofSession(id)) {
			var reason = form.get(REASON + course.candidateId());
			if (course.assessmentId() != null && reason != null && !reason.isBlank()) {
				reports.add(new FinalizeSession.CandidateReport(course.candidateId(), reason, null));
			}
		}
		var comment = form.get("examinerComment");
		try {
			this.finalize.finalizeSession(id,
					new FinalizeSession.Finalization(comment == null || comment.isBlank() ? null : comment, reports),
					user);
		}
		catch (DomainException ex) {
			if (ex.category() == ErrorCategory.FORBIDDEN || ex.category() == ErrorCategory.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("finalizeError", this.problems.message(ex.code(), locale, ex.arguments()));
		}
		return "redirect:/certif/sessions/" + id;
	}

}

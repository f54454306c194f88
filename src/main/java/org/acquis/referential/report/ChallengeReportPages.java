package org.acquis.referential.report;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.shared.LocalPaths;
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
 * "Signaler un problème" under a question (the fragment
 * {@code referential/challenge-report}), and the authors' list of reports.
 */
@Controller
class ChallengeReportPages {

	private final ReportProblem reportProblem;

	private final ListChallengeReports list;

	ChallengeReportPages(ReportProblem reportProblem, ListChallengeReports list) {
		this.reportProblem = reportProblem;
		this.list = list;
	}

	/**
	 * Back to the page the form was on (a path of this site), with a thank-you; the
	 * question's answer form is another form, left as it was typed (kept by the page's
	 * script).
	 */
	@PostMapping("/epreuves/{id}/signalement")
	String report(@PathVariable String id, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable UUID assessmentId, @RequestParam(defaultValue = "/") String back,
			CurrentUser user, RedirectAttributes redirect) {
		this.reportProblem.report(new ReportProblem.Report(user.id(), id, category, comment, assessmentId));
		redirect.addFlashAttribute("reported", true);
		return "redirect:" + LocalPaths.safe(back);
	}

	@GetMapping("/admin/signalements")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	String reports(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reports", this.list.list(null, page, 20));
		return "referential/challenge-reports";
	}

}

package org.acquis.certification.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acquis.certification.course.CertificationCourse;
import org.acquis.certification.course.CertificationCourses;
import org.acquis.certification.session.SessionAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's finalisation from the session page ({@code /certif/sessions/{id}}): the
 * examiner's comment and, for each test started and not completed, an abort reason
 * ({@code reason-<candidateId>}) and an incident (below); what is given for a candidate
 * who did not start is ignored.
 */
@Controller
class FinalizationPages {

	static final String REASON = "reason-";

	static final String INCIDENT = "incident-";

	static final String INCIDENT_QUESTION = "incidentQuestion-";

	static final String INCIDENT_TEXT = "incidentText-";

	private final FinalizeSession finalize;

	private final CertificationCourses courses;

	private final Problems problems;

	private final SessionAccess access;

	FinalizationPages(FinalizeSession finalize, CertificationCourses courses, Problems problems, SessionAccess access) {
		this.access = access;
		this.finalize = finalize;
		this.courses = courses;
		this.problems = problems;
	}

	@PostMapping("/certif/sessions/{id}/finalisation")
	String finalizeSession(@PathVariable long id, @RequestParam Map<String, String> form, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		this.access.requireMember(id, user);
		try {
			var reports = new ArrayList<FinalizeSession.CandidateReport>();
			for (var course : this.courses.ofSession(id)) {
				var reason = filled(form.get(REASON + course.candidateId()));
				var incident = incident(course, form);
				if (course.assessmentId() != null && (reason != null || incident != null)) {
					reports.add(new FinalizeSession.CandidateReport(course.candidateId(), reason,
							incident == null ? null : List.of(incident)));
				}
			}
			this.finalize.finalizeSession(id,
					new FinalizeSession.Finalization(filled(form.get("examinerComment")), reports), user);
		}
		catch (DomainException ex) {
			if (ex.category() == ErrorCategory.FORBIDDEN || ex.category() == ErrorCategory.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("finalizeError", this.problems.message(ex.code(), locale, ex.arguments()));
		}
		return "redirect:/certif/sessions/" + id;
	}

	/**
	 * The incident reported for a candidate: its category ({@code incident-<id>}), the
	 * number of the question it concerns, as the candidate saw it
	 * ({@code incidentQuestion-<id>}, optional), a description
	 * ({@code incidentText-<id>}).
	 */
	private FinalizeSession.@Nullable Incident incident(CertificationCourse course, Map<String, String> form) {
		var category = filled(form.get(INCIDENT + course.candidateId()));
		if (category == null || course.assessmentId() == null) {
			return null;
		}
		var number = filled(form.get(INCIDENT_QUESTION + course.candidateId()));
		String challenge = null;
		if (number != null) {
			var draw = this.courses.draw(course.id());
			try {
				challenge = draw.get(Integer.parseInt(number) - 1).challengeId();
			}
			catch (NumberFormatException | IndexOutOfBoundsException ex) {
				throw DomainException.badInput("INCIDENT_QUESTION_INVALID", draw.size());
			}
		}
		return new FinalizeSession.Incident(category, challenge,
				filled(form.get(INCIDENT_TEXT + course.candidateId())));
	}

	private static @Nullable String filled(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}

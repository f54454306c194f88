package org.acquis.certification.session;

import java.util.Locale;
import java.util.UUID;

import org.acquis.certification.center.CenterAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre's space {@code /certif}: the member's centres, a centre's sessions (and a
 * new one), a session with its secrets and candidates (and a new one). Membership is
 * checked as the API does: another centre's member gets 403 on a centre, 404 on a
 * session.
 */
@Controller
class CenterPages {

	private final CenterAccess centers;

	private final Sessions sessions;

	private final SessionAccess access;

	private final ManageSessions manage;

	private final EnrolCandidates enrol;

	private final Problems problems;

	private final EnrolLearners pupils;

	CenterPages(CenterAccess centers, Sessions sessions, SessionAccess access, ManageSessions manage,
			EnrolCandidates enrol, Problems problems, EnrolLearners pupils) {
		this.pupils = pupils;
		this.centers = centers;
		this.sessions = sessions;
		this.access = access;
		this.manage = manage;
		this.enrol = enrol;
		this.problems = problems;
	}

	@GetMapping("/certif")
	String centers(CurrentUser user, Model model) {
		model.addAttribute("centers", this.centers.centersOf(user));
		return "certification/centers";
	}

	@GetMapping("/certif/centres/{centerId}")
	String center(@PathVariable UUID centerId, CurrentUser user, Model model) {
		model.addAttribute("center", this.centers.requireMember(centerId, user));
		model.addAttribute("sessions", this.sessions.ofCenter(centerId));
		return "certification/center";
	}

	@PostMapping("/certif/centres/{centerId}/sessions")
	String create(@PathVariable UUID centerId, ManageSessions.SessionForm form, CurrentUser user, Model model,
			Locale locale) {
		try {
			return "redirect:/certif/sessions/" + this.manage.create(centerId, form, user).id();
		}
		catch (DomainException ex) {
			model.addAttribute("error", shown(ex, locale));
		}
		model.addAttribute("form", form);
		return center(centerId, user, model);
	}

	@GetMapping("/certif/sessions/{id}")
	String session(@PathVariable long id, @RequestParam(required = false) @Nullable String classe, CurrentUser user,
			Model model) {
		var session = this.access.requireMember(id, user);
		model.addAttribute("certifSession", session);
		model.addAttribute("candidates", this.enrol.of(id, user));
		var school = this.pupils.schoolOf(session, user);
		if (school != null && session.editable()) {
			model.addAttribute("classes", this.pupils.classes(school));
			model.addAttribute("classe", classe);
			model.addAttribute("pupils", this.pupils.ofClass(school, classe));
			model.addAttribute("enrolledPupils", this.pupils.enrolledLearners(id));
		}
		return "certification/session";
	}

	@PostMapping("/certif/sessions/{id}/candidats")
	String enrol(@PathVariable long id, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String birthDate,
			@RequestParam(required = false) @Nullable String extraTimePercent, CurrentUser user, Model model,
			Locale locale) {
		try {
			this.enrol.enrol(id, new CandidateForm(firstName, lastName, birthDate, null, null, null, null, null, null,
					null, extraTimePercent, null), user);
			return "redirect:/certif/sessions/" + id;
		}
		catch (DomainException ex) {
			model.addAttribute("error", shown(ex, locale));
		}
		model.addAttribute("firstName", firstName);
		model.addAttribute("lastName", lastName);
		model.addAttribute("birthDate", birthDate);
		return session(id, null, user, model);
	}

	private String shown(DomainException ex, Locale locale) {
		if (ex.category() == ErrorCategory.FORBIDDEN || ex.category() == ErrorCategory.NOT_FOUND) {
			throw ex;
		}
		return this.problems.message(ex.code(), locale, ex.arguments());
	}

}

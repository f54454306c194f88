package org.acquis.certification.course;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
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
 * The candidate's pages: join a session (number, names, birth date), wait for the
 * invigilator (the state refreshed every 3 seconds by htmx), type the access code, then
 * the question pages of evaluation. The device key the join gives is kept in the browser
 * session, per session number.
 */
@Controller
class CoursePages {

	static final String DEVICES = "certification.devices";

	private final JoinSession join;

	private final StartCourse start;

	private final CertificationCourses courses;

	private final CourseProgress progress;

	private final Problems problems;

	CoursePages(JoinSession join, StartCourse start, CertificationCourses courses, CourseProgress progress,
			Problems problems) {
		this.join = join;
		this.start = start;
		this.courses = courses;
		this.progress = progress;
		this.problems = problems;
	}

	@GetMapping({ "/certification", "/certification/rejoindre" })
	String form() {
		return "certification/join";
	}

	@PostMapping("/certification/rejoindre")
	String join(@RequestParam(required = false) @Nullable String session,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String birthDate, CurrentUser user, HttpSession http, Model model,
			Locale locale) {
		try {
			long id = Long.parseLong(session == null ? "" : session.strip());
			var devices = devices(http);
			var joined = this.join
				.join(new JoinSession.Joining(user.id(), id, firstName, lastName, birthDate, devices.get(id)));
			var course = joined.course();
			if (joined.deviceKey() != null) {
				devices.put(id, joined.deviceKey());
				http.setAttribute(DEVICES, devices);
			}
			return "redirect:/certification/" + course.id();
		}
		catch (NumberFormatException ex) {
			model.addAttribute("error", this.problems.message("SESSION_NUMBER_REQUIRED", locale));
		}
		catch (DomainException ex) {
			model.addAttribute("error", shown(ex, locale));
		}
		model.addAttribute("sessionNumber", session);
		model.addAttribute("firstName", firstName);
		model.addAttribute("lastName", lastName);
		model.addAttribute("birthDate", birthDate);
		return "certification/join";
	}

	@GetMapping("/certification/{courseId}")
	String waiting(@PathVariable UUID courseId, CurrentUser user, Model model) {
		state(courseId, user, model);
		return "certification/waiting";
	}

	@GetMapping("/certification/{courseId}/etat")
	String state(@PathVariable UUID courseId, CurrentUser user, Model model) {
		var course = mine(courseId, user);
		model.addAttribute("courseId", courseId);
		model.addAttribute("sessionId", course.sessionId());
		model.addAttribute("status", this.progress.of(course).status().name());
		return "certification/waiting :: state";
	}

	@PostMapping("/certification/{courseId}/code")
	String start(@PathVariable UUID courseId, @RequestParam(required = false) @Nullable String accessCode,
			CurrentUser user, HttpSession http, Model model, Locale locale) {
		try {
			var course = mine(courseId, user);
			var started = this.start.start(courseId, user.id(), devices(http).get(course.sessionId()), accessCode);
			return "redirect:/evaluations/" + started.assessmentId();
		}
		catch (DomainException ex) {
			model.addAttribute("error", shown(ex, locale));
		}
		state(courseId, user, model);
		return "certification/waiting";
	}

	private CertificationCourse mine(UUID courseId, CurrentUser user) {
		return this.courses.find(courseId)
			.filter(c -> c.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("COURSE_NOT_FOUND"));
	}

	private String shown(DomainException ex, Locale locale) {
		if (ex.category() == ErrorCategory.FORBIDDEN) {
			throw ex;
		}
		return this.problems.message(ex.code(), locale, ex.arguments());
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, String> devices(HttpSession http) {
		var map = http.getAttribute(DEVICES);
		return map instanceof Map<?, ?> m ? (Map<Long, String>) m : new HashMap<>();
	}

}

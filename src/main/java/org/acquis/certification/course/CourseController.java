package org.acquis.certification.course;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
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

/**
 * The candidate's calls: join a session, see where the course stands, start or resume it.
 * The device key the join gives back goes with every later call, in the
 * {@code Certification-Device} header.
 */
@RestController
class CourseController {

	static final String DEVICE = "Certification-Device";

	private final JoinSession join;

	private final StartCourse start;

	private final CertificationCourses courses;

	private final CourseProgress progress;

	CourseController(JoinSession join, StartCourse start, CertificationCourses courses, CourseProgress progress) {
		this.join = join;
		this.start = start;
		this.courses = courses;
		this.progress = progress;
	}

	@Operation(summary = "Join a session as one of its candidates; the course waits for the invigilator")
	@PostMapping("/api/certification-courses")
	ResponseEntity<CourseView> join(@RequestBody JoinRequest request, CurrentUser user,
			@RequestHeader(name = DEVICE, required = false) @Nullable String device) {
		if (request.sessionId() == null) {
			throw DomainException.badInput("SESSION_NUMBER_REQUIRED");
		}
		var joined = this.join.join(new JoinSession.Joining(user.id(), request.sessionId(), request.firstName(),
				request.lastName(), request.birthDate(), device));
		return ResponseEntity.status(joined.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(view(joined.course(), joined.deviceKey()));
	}

	@Operation(summary = "A course, for its candidate")
	@GetMapping("/api/certification-courses/{id}")
	CourseView course(@PathVariable UUID id, CurrentUser user) {
		return view(owned(id, user), null);
	}

	@Operation(summary = "Start (or resume, from the course's device) the test with the session's access code")
	@PostMapping("/api/certification-courses/{id}/start")
	StartedView start(@PathVariable UUID id, @RequestBody StartRequest request, CurrentUser user,
			@RequestHeader(name = DEVICE, required = false) @Nullable String device) {
		var started = this.start.start(id, user.id(), device, request.accessCode());
		return new StartedView(started.assessmentId(), started.deadline());
	}

	private CertificationCourse owned(UUID id, CurrentUser user) {
		return this.courses.find(id)
			.filter(c -> c.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("COURSE_NOT_FOUND"));
	}

	private CourseView view(CertificationCourse course, @Nullable String deviceKey) {
		var now = this.progress.of(course);
		return new CourseView(course.id(), course.sessionId(), now.status().name(), deviceKey, now.answers(),
				now.challenges(), course.status() == CourseStatus.STARTED ? course.assessmentId() : null,
				course.deadline(), now.remainingSeconds());
	}

	/** {@code deviceKey}: only when this call gave the device its key. */
	record CourseView(UUID courseId, long sessionId, String status, @Nullable String deviceKey, int answers,
			int challenges, @Nullable UUID assessmentId, @Nullable Instant deadline, long remainingSeconds) {
	}

	record JoinRequest(@Nullable Long sessionId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String birthDate) {
	}

	record StartRequest(@Nullable String accessCode) {
	}

	record StartedView(UUID assessmentId, Instant deadline) {
	}

}

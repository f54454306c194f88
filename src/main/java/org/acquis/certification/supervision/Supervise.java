package org.acquis.certification.supervision;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acquis.certification.course.CertificationCourse;
import org.acquis.certification.course.CertificationCourses;
import org.acquis.certification.course.CourseProgress;
import org.acquis.certification.course.CourseStatus;
import org.acquis.certification.session.Candidates;
import org.acquis.certification.session.SessionStatus;
import org.acquis.certification.session.Sessions;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invigilator sees and does: the candidates and their courses live, authorise a
 * start or a resume, end a candidate's test.
 */
@Component
class Supervise {

	private final Sessions sessions;

	private final Candidates candidates;

	private final CertificationCourses courses;

	private final CourseProgress progress;

	private final Clock clock;

	Supervise(Sessions sessions, Candidates candidates, CertificationCourses courses, CourseProgress progress,
			Clock clock) {
		this.sessions = sessions;
		this.candidates = candidates;
		this.courses = courses;
		this.progress = progress;
		this.clock = clock;
	}

	/** One candidate as the invigilator sees them; status NOT_JOINED before they join. */
	record Row(UUID candidateId, String firstName, String lastName, int extraTimePercent, String status, int answers,
			int challenges, long remainingSeconds, boolean resumeAuthorized) {
	}

	@Transactional(readOnly = true)
	List<Row> rows(long sessionId) {
		var bySession = this.courses.ofSession(sessionId);
		return this.candidates.ofSession(sessionId).stream().map(c -> {
			var course = bySession.stream().filter(k -> k.candidateId().equals(c.id())).findFirst();
			var p = c.person();
			if (course.isEmpty()) {
				return new Row(c.id(), p.firstName(), p.lastName(), p.extraTimePercent(), "NOT_JOINED", 0, 0, 0, false);
			}
			var now = this.progress.of(course.get());
			return new Row(c.id(), p.firstName(), p.lastName(), p.extraTimePercent(), now.status().name(),
					now.answers(), now.challenges(), now.remainingSeconds(), course.get().resumeAuthorized());
		}).toList();
	}

	@Transactional
	void authorize(long sessionId, UUID candidateId) {
		var course = course(sessionId, candidateId);
		var status = this.progress.of(course).status();
		if (status != CourseStatus.WAITING_AUTHORIZATION && status != CourseStatus.STARTED) {
			throw DomainException.conflict("COURSE_ENDED");
		}
		this.courses.authorize(course.id());
	}

	@Transactional
	void endTest(long sessionId, UUID candidateId) {
		var course = course(sessionId, candidateId);
		if (this.progress.of(course).status() != CourseStatus.STARTED) {
			throw DomainException.conflict("COURSE_NOT_STARTED");
		}
		this.courses.ended(course.id(), this.clock.instant());
	}

	private CertificationCourse course(long sessionId, UUID candidateId) {
		var session = this.sessions.lock(sessionId).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		if (session.status() != SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_OPEN");
		}
		this.candidates.find(candidateId)
			.filter(c -> c.sessionId() == sessionId)
			.orElseThrow(() -> DomainException.notFound("CANDIDATE_NOT_FOUND"));
		var course = this.courses.ofCandidate(candidateId)
			.orElseThrow(() -> DomainException.conflict("CANDIDATE_NOT_JOINED"));
		return this.courses.lock(course.id()).orElseThrow();
	}

}

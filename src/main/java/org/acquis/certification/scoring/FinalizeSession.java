package org.acquis.certification.scoring;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.certification.course.CertificationCourse;
import org.acquis.certification.course.CertificationCourses;
import org.acquis.certification.course.CourseProgress;
import org.acquis.certification.course.CourseStatus;
import org.acquis.certification.session.SessionAccess;
import org.acquis.certification.session.SessionStatus;
import org.acquis.certification.session.Sessions;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre closes a session: the examiner's comment, incidents per candidate, a reason
 * for every test that did not end by itself; then every started course is scored. Once
 * only: a second finalisation is refused and changes nothing.
 */
@Component
class FinalizeSession {

	static final int MAX_TEXT = 2000;

	private final Sessions sessions;

	private final SessionAccess access;

	private final CertificationCourses courses;

	private final CourseProgress progress;

	private final Results results;

	private final ScoreCourse score;

	private final Clock clock;

	FinalizeSession(Sessions sessions, SessionAccess access, CertificationCourses courses, CourseProgress progress,
			Results results, ScoreCourse score, Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.courses = courses;
		this.progress = progress;
		this.results = results;
		this.score = score;
		this.clock = clock;
	}

	record Finalization(@Nullable String examinerComment, @Nullable List<CandidateReport> candidates) {
	}

	record CandidateReport(@Nullable UUID candidateId, @Nullable String abortReason,
			@Nullable List<Incident> incidents) {
	}

	record Incident(@Nullable String category, @Nullable String challengeId, @Nullable String description) {
	}

	@Transactional
	int finalizeSession(long sessionId, Finalization finalization, CurrentUser user) {
		this.access.requireMember(sessionId, user);
		var session = this.sessions.lock(sessionId).orElseThrow();
		if (session.status() != SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_ALREADY_FINALIZED");
		}
		if (finalization.examinerComment() != null && finalization.examinerComment().length() > MAX_TEXT) {
			throw DomainException.badInput("EXAMINER_COMMENT_TOO_LONG");
		}
		var started = new HashMap<UUID, CertificationCourse>();
		this.courses.ofSession(sessionId)
			.stream()
			.filter(c -> c.assessmentId() != null)
			.forEach(c -> started.put(c.candidateId(), c));
		var reports = reports(finalization, started);
		for (var course : started.values()) {
			var report = reports.get(course.candidateId());
			var reason = report == null ? null : abortReason(report.abortReason());
			if (reason == null && this.progress.of(course).status() != CourseStatus.COMPLETED) {
				throw DomainException.badInput("ABORT_REASON_REQUIRED", course.candidateId());
			}
			this.courses.abortReason(course.id(), reason);
			if (report != null && report.incidents() != null) {
				report.incidents().forEach(i -> incident(course, i));
			}
		}
		this.sessions.finalize(sessionId, finalization.examinerComment(), this.clock.instant());
		started.values().forEach(c -> this.score.score(this.courses.find(c.id()).orElseThrow()));
		return started.size();
	}

	private static Map<UUID, CandidateReport> reports(Finalization finalization,
			Map<UUID, CertificationCourse> started) {
		var reports = new HashMap<UUID, CandidateReport>();
		for (var report : finalization.candidates() == null ? List.<CandidateReport>of() : finalization.candidates()) {
			if (report.candidateId() == null || !started.containsKey(report.candidateId())) {
				throw DomainException.badInput("CANDIDATE_NOT_IN_SESSION");
			}
			reports.put(report.candidateId(), report);
		}
		return reports;
	}

	private static @Nullable String abortReason(@Nullable String reason) {
		if (reason == null) {
			return null;
		}
		if (!reason.equals("CANDIDATE") && !reason.equals("TECHNICAL")) {
			throw DomainException.badInput("ABORT_REASON_INVALID");
		}
		return reason;
	}

	private void incident(CertificationCourse course, Incident incident) {
		IncidentCategory category;
		try {
			category = IncidentCategory.valueOf(incident.category() == null ? "" : incident.category());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("INCIDENT_CATEGORY_INVALID");
		}
		var description = incident.description() == null ? "" : incident.description();
		if (description.length() > MAX_TEXT) {
			throw DomainException.badInput("INCIDENT_DESCRIPTION_TOO_LONG");
		}
		var challenge = incident.challengeId();
		if (challenge != null
				&& this.courses.draw(course.id()).stream().noneMatch(d -> d.challengeId().equals(challenge))
				&& this.progress.of(course).answers() == 0) {
			throw DomainException.badInput("INCIDENT_CHALLENGE_UNKNOWN");
		}
		if (category == IncidentCategory.CHALLENGE_ISSUE && challenge == null) {
			throw DomainException.badInput("INCIDENT_CHALLENGE_REQUIRED");
		}
		this.results.incident(course.id(), category, challenge, description);
	}

}

package org.acquis.certification.course;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.acquis.certification.session.Candidate;
import org.acquis.certification.session.Candidates;
import org.acquis.certification.session.SessionStatus;
import org.acquis.certification.session.Sessions;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.shared.DomainException;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner joins a session as one of its candidates (session number, name, birth date):
 * their course waits for the invigilator. The device that joins gets a key; another
 * device joins the same course only after the invigilator authorised a resume.
 */
@Component
class JoinSession {

	static final int ELIGIBLE_COMPETENCES = 5;

	private final Sessions sessions;

	private final Candidates candidates;

	private final CertificationCourses courses;

	private final LearnerProfile profiles;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	JoinSession(Sessions sessions, Candidates candidates, CertificationCourses courses, LearnerProfile profiles,
			Clock clock) {
		this.sessions = sessions;
		this.candidates = candidates;
		this.courses = courses;
		this.profiles = profiles;
		this.clock = clock;
	}

	record Joining(UUID userId, long sessionId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String birthDate, @Nullable String deviceKey) {
	}

	/**
	 * The course, and the device key to send with it (null: the caller's is still good).
	 */
	record Joined(CertificationCourse course, @Nullable String deviceKey, boolean created) {
	}

	@Transactional
	Joined join(Joining joining) {
		// read before the session's lock, which every join and authorisation of the
		// session waits for: a profile is the candidate's own, not the session's
		boolean eligible = this.profiles.of(joining.userId()).competencesAtLevel1OrMore() >= ELIGIBLE_COMPETENCES;
		var session = this.sessions.lock(joining.sessionId())
			.orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		if (session.status() != SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_OPEN");
		}
		var candidate = candidate(joining);
		if (candidate.userId() != null && !candidate.userId().equals(joining.userId())) {
			throw DomainException.conflict("CANDIDATE_JOINED_BY_ANOTHER_ACCOUNT");
		}
		var existing = this.courses.ofCandidate(candidate.id());
		if (existing.isPresent()) {
			return rejoin(existing.get(), joining);
		}
		if (!eligible) {
			throw DomainException.conflict("CANDIDATE_NOT_ELIGIBLE", ELIGIBLE_COMPETENCES);
		}
		if (!this.candidates.link(candidate.id(), joining.userId())) {
			throw DomainException.conflict("CANDIDATE_JOINED_BY_ANOTHER_ACCOUNT");
		}
		var key = newKey();
		var course = new CertificationCourse(UUID.randomUUID(), candidate.id(), session.id(), joining.userId(),
				CourseStatus.WAITING_AUTHORIZATION, Hashing.sha256(key), false, null, null, null, null, null, null);
		this.courses.insert(course, this.clock.instant());
		return new Joined(course, key, true);
	}

	/**
	 * The same device comes back (a reload, a crash of the browser); another one only
	 * after the invigilator authorised a resume, and then it becomes the course's device.
	 */
	private Joined rejoin(CertificationCourse course, Joining joining) {
		if (joining.deviceKey() != null && Hashing.sha256(joining.deviceKey()).equals(course.deviceHash())) {
			return new Joined(course, null, false);
		}
		if (!course.resumeAuthorized()) {
			throw DomainException.conflict("COURSE_ON_ANOTHER_DEVICE");
		}
		var key = newKey();
		this.courses.rebind(course.id(), Hashing.sha256(key));
		return new Joined(this.courses.find(course.id()).orElseThrow(), key, false);
	}

	private Candidate candidate(Joining joining) {
		if (joining.firstName() == null || joining.lastName() == null || joining.birthDate() == null) {
			throw DomainException.badInput("CANDIDATE_IDENTITY_REQUIRED");
		}
		LocalDate birth;
		try {
			birth = LocalDate.parse(joining.birthDate());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.badInput("CANDIDATE_BIRTH_DATE_INVALID", "birthDate");
		}
		var first = CandidateMatch.key(joining.firstName());
		var last = CandidateMatch.key(joining.lastName());
		return this.candidates.ofSession(joining.sessionId())
			.stream()
			.filter(c -> c.person().birthDate().equals(birth)
					&& CandidateMatch.key(c.person().firstName()).equals(first)
					&& CandidateMatch.key(c.person().lastName()).equals(last))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("CANDIDATE_NOT_ENROLLED"));
	}

	private String newKey() {
		var bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

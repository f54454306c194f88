package org.acquis.certification.course;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.acquis.certification.draw.CertificationDrawV2;
import org.acquis.certification.session.Candidates;
import org.acquis.certification.session.SessionStatus;
import org.acquis.certification.session.Sessions;
import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.identity.UserDirectory;
import org.acquis.shared.DomainException;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate, authorised by the invigilator, types the session's access code: the draw
 * is made, the timed assessment starts (105 minutes plus extra time, enforced by
 * evaluation). Called again from the course's device, it resumes the same assessment,
 * whose deadline has not moved.
 */
@Component
class StartCourse {

	static final Duration DURATION = Duration.ofMinutes(105);

	private final CertificationCourses courses;

	private final Sessions sessions;

	private final Candidates candidates;

	private final PrepareDraw prepare;

	private final StartAssessment startAssessment;

	private final LearnerProfile profiles;

	private final UserDirectory users;

	private final Clock clock;

	private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

	StartCourse(CertificationCourses courses, Sessions sessions, Candidates candidates, PrepareDraw prepare,
			StartAssessment startAssessment, LearnerProfile profiles, UserDirectory users, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.candidates = candidates;
		this.prepare = prepare;
		this.startAssessment = startAssessment;
		this.profiles = profiles;
		this.users = users;
		this.clock = clock;
	}

	record Started(UUID assessmentId, Instant deadline) {
	}

	@Transactional
	Started start(UUID courseId, UUID userId, @Nullable String deviceKey, @Nullable String accessCode) {
		var course = this.courses.lock(courseId)
			.filter(c -> c.userId().equals(userId))
			.orElseThrow(() -> DomainException.notFound("COURSE_NOT_FOUND"));
		if (deviceKey == null || !Hashing.sha256(deviceKey).equals(course.deviceHash())) {
			throw DomainException.conflict("COURSE_ON_ANOTHER_DEVICE");
		}
		var session = this.sessions.find(course.sessionId()).orElseThrow();
		if (session.status() != SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_OPEN");
		}
		if (accessCode == null || !MessageDigest.isEqual(
				accessCode.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8),
				session.accessCode().getBytes(StandardCharsets.UTF_8))) {
			throw DomainException.badInput("ACCESS_CODE_WRONG");
		}
		return switch (course.status()) {
			case WAITING_AUTHORIZATION -> throw DomainException.conflict("COURSE_NOT_AUTHORIZED");
			case AUTHORIZED -> firstStart(course);
			case STARTED -> new Started(java.util.Objects.requireNonNull(course.assessmentId()),
					java.util.Objects.requireNonNull(course.deadline()));
			case ENDED_BY_INVIGILATOR, COMPLETED -> throw DomainException.conflict("COURSE_ENDED");
		};
	}

	private Started firstStart(CertificationCourse course) {
		var language = this.users.find(course.userId()).map(u -> u.locale()).orElse("fr");
		var prepared = this.prepare.prepare(course.userId(), language);
		var drawn = new CertificationDrawV2(this.random).draw(prepared.input());
		if (drawn.isEmpty()) {
			throw DomainException.conflict("CERTIFICATION_DRAW_EMPTY");
		}
		var candidate = this.candidates.find(course.candidateId()).orElseThrow();
		var now = this.clock.instant();
		var deadline = now.plus(DURATION.multipliedBy(100 + candidate.person().extraTimePercent()).dividedBy(100));
		var assessmentId = this.startAssessment.start(AssessmentOptions
			.on(course.userId(), Purpose.CERTIFICATION, drawn.stream().map(d -> d.skillId()).toList())
			.withMethod(CertificationV2Method.NAME)
			.withDeadline(deadline)
			.outsideProfile());
		this.courses.saveDraw(course.id(), drawn, prepared.profile());
		this.courses.started(course.id(), assessmentId, this.profiles.of(course.userId()).maxLevel(), now, deadline);
		return new Started(assessmentId, deadline);
	}

}

package org.acquis.certification.jury;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.acquis.certification.scoring.domain.CertificationScore;
import org.acquis.certification.session.SessionStatus;
import org.acquis.identity.UserDirectory;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the jury reads: the sessions to review, and one session with its candidates. */
@Component
class ReviewSessions {

	private final JurySessions sessions;

	private final JuryCertifications certifications;

	private final UserDirectory users;

	ReviewSessions(JurySessions sessions, JuryCertifications certifications, UserDirectory users) {
		this.sessions = sessions;
		this.certifications = certifications;
		this.users = users;
	}

	/** A session in the jury's list. */
	record SessionSummary(long id, UUID centerId, String centerName, LocalDate date, LocalTime time,
			SessionStatus status, @Nullable Instant finalizedAt, int candidates, int results, int requiredActions,
			@Nullable Person assignee, @Nullable Instant assignedAt, boolean published, @Nullable Instant publishedAt) {
	}

	/** A jury member, or whoever decided. */
	record Person(UUID id, String firstName, String lastName) {
	}

	/** One session for the jury. */
	record SessionReview(SessionSummary session, @Nullable String examinerComment, @Nullable String juryComment,
			List<CandidateReview> candidates) {
	}

	record CandidateReview(UUID candidateId, String firstName, String lastName, LocalDate birthDate,
			@Nullable UUID courseId, @Nullable String courseStatus, @Nullable String abortReason,
			@Nullable Result result, @Nullable Decision juryDecision, boolean requiredAction,
			List<Incident> incidents) {
	}

	record Result(String status, int pixScore, int reproducibilityRate,
			List<CertificationScore.CompetenceScore> competences, List<String> juryErrors) {
	}

	record Decision(JuryDecision decision, String comment, @Nullable Person decidedBy, Instant decidedAt,
			String scoredStatus, int scoredPixScore) {
	}

	record Incident(String category, @Nullable String challengeId, String description) {
	}

	List<SessionSummary> list(@Nullable String status) {
		return this.sessions.list(status(status)).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	SessionReview review(long sessionId) {
		var session = find(sessionId);
		var incidents = this.certifications.incidents(sessionId);
		var candidates = this.certifications.ofSession(sessionId).stream().map(c -> {
			var r = c.result();
			var d = c.decision();
			var result = r == null ? null
					: new Result(r.status(), r.pixScore(), r.reproducibilityRate(), r.competences(), r.juryErrors());
			var decision = d == null ? null : new Decision(d.decision(), d.comment(), person(d.decidedBy()),
					d.decidedAt(), d.scoredStatus(), d.scoredPixScore());
			var own = incidents.stream()
				.filter(i -> i.courseId().equals(c.courseId()))
				.map(i -> new Incident(i.category(), i.challengeId(), i.description()))
				.toList();
			return new CandidateReview(c.candidateId(), c.firstName(), c.lastName(), c.birthDate(), c.courseId(),
					c.courseStatus(), c.abortReason(), result, decision,
					r != null && !r.juryErrors().isEmpty() && d == null, own);
		}).toList();
		return new SessionReview(summary(session), session.examinerComment(), session.juryComment(), candidates);
	}

	SessionSummary summary(long sessionId) {
		return summary(find(sessionId));
	}

	/** A session finalised or later; a session still CREATED is not the jury's yet. */
	JurySessions.JurySession find(long sessionId) {
		var session = this.sessions.find(sessionId).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		if (session.status() == SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_FINALIZED");
		}
		return session;
	}

	private SessionSummary summary(JurySessions.JurySession s) {
		return new SessionSummary(s.id(), s.centerId(), s.centerName(), s.date(), s.time(), s.status(), s.finalizedAt(),
				s.candidates(), s.results(), s.requiredActions(), s.assignee() == null ? null : person(s.assignee()),
				s.assignedAt(), s.publishedAt() != null, s.publishedAt());
	}

	private @Nullable Person person(UUID id) {
		return this.users.find(id).map(u -> new Person(u.id(), u.firstName(), u.lastName())).orElse(null);
	}

	private static @Nullable SessionStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			var parsed = SessionStatus.valueOf(status);
			if (parsed != SessionStatus.CREATED) {
				return parsed;
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		throw DomainException.badInput("SESSION_STATUS_INVALID");
	}

}

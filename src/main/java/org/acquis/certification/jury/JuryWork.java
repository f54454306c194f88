package org.acquis.certification.jury;

import java.time.Clock;
import java.util.UUID;

import org.acquis.certification.session.SessionStatus;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury's work on a finalised session before it is published: take it (assign it to
 * oneself), comment it, decide about one certification or withdraw that decision. Every
 * refusal changes nothing.
 */
@Component
class JuryWork {

	static final int MAX_COMMENT = 2000;

	private final JurySessions sessions;

	private final JuryCertifications certifications;

	private final Clock clock;

	JuryWork(JurySessions sessions, JuryCertifications certifications, Clock clock) {
		this.sessions = sessions;
		this.certifications = certifications;
		this.clock = clock;
	}

	/**
	 * Assigns the session to the caller (it was FINALIZED: now IN_PROCESS); taking it
	 * from another jury member is allowed; taking it again changes nothing.
	 */
	@Transactional
	void assignToMe(long sessionId, CurrentUser user) {
		var status = lockFinalized(sessionId);
		var session = this.sessions.find(sessionId).orElseThrow();
		if (user.id().equals(session.assignee())) {
			return;
		}
		var next = status == SessionStatus.FINALIZED ? SessionStatus.IN_PROCESS : status;
		this.sessions.assign(sessionId, user.id(), next, this.clock.instant());
	}

	/** The jury's comment on the session (blank: none). */
	@Transactional
	void comment(long sessionId, @Nullable String comment) {
		var text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw DomainException.badInput("JURY_COMMENT_TOO_LONG", MAX_COMMENT);
		}
		lockFinalized(sessionId);
		this.sessions.comment(sessionId, text);
	}

	/**
	 * Cancels, rejects or confirms a certification, with a comment (who and when kept).
	 */
	@Transactional
	long decide(UUID courseId, @Nullable String decision, @Nullable String comment, CurrentUser user) {
		var parsed = decision(decision);
		var text = comment == null ? "" : comment.strip();
		if (text.isEmpty()) {
			throw DomainException.badInput("JURY_DECISION_COMMENT_REQUIRED");
		}
		if (text.length() > MAX_COMMENT) {
			throw DomainException.badInput("JURY_COMMENT_TOO_LONG", MAX_COMMENT);
		}
		long sessionId = lockUnpublished(courseId);
		this.certifications.decide(courseId, parsed, text, user.id(), this.clock.instant());
		return sessionId;
	}

	/**
	 * Withdraws the jury's decision: the scorer's result again (nothing to do without
	 * one).
	 */
	@Transactional
	long restore(UUID courseId) {
		long sessionId = lockUnpublished(courseId);
		this.certifications.restore(courseId);
		return sessionId;
	}

	private long lockUnpublished(UUID courseId) {
		long sessionId = this.certifications.sessionOfResult(courseId)
			.orElseThrow(() -> DomainException.notFound("CERTIFICATION_NOT_FOUND"));
		if (lockFinalized(sessionId) == SessionStatus.PROCESSED) {
			throw DomainException.conflict("SESSION_PUBLISHED");
		}
		return sessionId;
	}

	private SessionStatus lockFinalized(long sessionId) {
		var status = this.sessions.lock(sessionId).orElseThrow(() -> DomainException.notFound("SESSION_NOT_FOUND"));
		if (status == SessionStatus.CREATED) {
			throw DomainException.conflict("SESSION_NOT_FINALIZED");
		}
		return status;
	}

	private static JuryDecision decision(@Nullable String decision) {
		try {
			return JuryDecision.valueOf(decision == null ? "" : decision);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("JURY_DECISION_INVALID");
		}
	}

}

package org.acquis.certification.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.acquis.certification.center.CenterAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A centre's members create, edit and delete its sessions while they are CREATED. */
@Component
class ManageSessions {

	private static final int MAX_TEXT = 200;

	private static final int MAX_DESCRIPTION = 2000;

	private final Sessions sessions;

	private final CenterAccess centers;

	private final SessionAccess access;

	private final SessionSecrets secrets;

	private final Clock clock;

	ManageSessions(Sessions sessions, CenterAccess centers, SessionAccess access, SessionSecrets secrets, Clock clock) {
		this.sessions = sessions;
		this.centers = centers;
		this.access = access;
		this.secrets = secrets;
		this.clock = clock;
	}

	@Transactional
	CertificationSession create(UUID centerId, SessionForm form, CurrentUser user) {
		this.centers.requireMember(centerId, user);
		long id = this.sessions.insert(centerId, details(form), this.secrets.next(), this.secrets.next(),
				this.clock.instant());
		return this.sessions.find(id).orElseThrow();
	}

	@Transactional
	CertificationSession edit(long sessionId, SessionForm form, CurrentUser user) {
		this.access.requireMember(sessionId, user);
		var details = details(form);
		this.sessions.lock(sessionId);
		this.access.requireEditable(sessionId, user);
		this.sessions.update(sessionId, details);
		return this.sessions.find(sessionId).orElseThrow();
	}

	@Transactional
	void delete(long sessionId, CurrentUser user) {
		this.sessions.lock(sessionId);
		this.access.requireEditable(sessionId, user);
		if (this.sessions.hasCourses(sessionId)) {
			throw DomainException.conflict("SESSION_HAS_STARTED_COURSES");
		}
		this.sessions.delete(sessionId);
	}

	/** What a centre types about a session, as sent. */
	record SessionForm(@Nullable String address, @Nullable String room, @Nullable String date, @Nullable String time,
			@Nullable String examiner, @Nullable String description) {
	}

	private static CertificationSession.Details details(SessionForm form) {
		try {
			var date = LocalDate.parse(required(form.date()));
			var time = LocalTime.parse(required(form.time()));
			return new CertificationSession.Details(text(form.address(), MAX_TEXT), text(form.room(), MAX_TEXT), date,
					time, text(form.examiner(), MAX_TEXT), optional(form.description()));
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badInput("SESSION_DATE_INVALID");
		}
	}

	private static String required(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.badInput("SESSION_FIELD_REQUIRED");
		}
		return value.strip();
	}

	private static String text(@Nullable String value, int max) {
		var text = required(value);
		if (text.length() > max) {
			throw DomainException.badInput("SESSION_FIELD_TOO_LONG");
		}
		return text;
	}

	private static String optional(@Nullable String value) {
		if (value != null && value.length() > MAX_DESCRIPTION) {
			throw DomainException.badInput("SESSION_FIELD_TOO_LONG");
		}
		return value == null ? "" : value.strip();
	}

}

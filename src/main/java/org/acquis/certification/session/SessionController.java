package org.acquis.certification.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A centre's sessions, for its members. */
@RestController
class SessionController {

	private final ManageSessions manage;

	private final Sessions sessions;

	private final SessionAccess access;

	private final org.acquis.certification.center.CenterAccess centers;

	SessionController(ManageSessions manage, Sessions sessions, SessionAccess access,
			org.acquis.certification.center.CenterAccess centers) {
		this.manage = manage;
		this.sessions = sessions;
		this.access = access;
		this.centers = centers;
	}

	@Operation(summary = "Create a session; its access code and invigilator password come back")
	@PostMapping("/api/certification-centers/{centerId}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@PathVariable UUID centerId, @RequestBody ManageSessions.SessionForm form, CurrentUser user) {
		return SessionView.of(this.manage.create(centerId, form, user));
	}

	@Operation(summary = "A centre's sessions")
	@GetMapping("/api/certification-centers/{centerId}/sessions")
	List<SessionView> list(@PathVariable UUID centerId, CurrentUser user) {
		this.centers.requireMember(centerId, user);
		return this.sessions.ofCenter(centerId).stream().map(SessionView::of).toList();
	}

	@Operation(summary = "A session")
	@GetMapping("/api/sessions/{id}")
	SessionView session(@PathVariable long id, CurrentUser user) {
		return SessionView.of(this.access.requireMember(id, user));
	}

	@Operation(summary = "Edit a session while it is CREATED")
	@PutMapping("/api/sessions/{id}")
	SessionView edit(@PathVariable long id, @RequestBody ManageSessions.SessionForm form, CurrentUser user) {
		return SessionView.of(this.manage.edit(id, form, user));
	}

	@Operation(summary = "Delete a session while it is CREATED and no candidate has joined")
	@DeleteMapping("/api/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, CurrentUser user) {
		this.manage.delete(id, user);
	}

	/** A session as its centre sees it, secrets included. */
	record SessionView(long id, UUID centerId, String address, String room, LocalDate date, LocalTime time,
			String examiner, String description, String status, String accessCode, String invigilatorPassword,
			@Nullable String examinerComment) {

		static SessionView of(CertificationSession s) {
			var d = s.details();
			return new SessionView(s.id(), s.centerId(), d.address(), d.room(), d.date(), d.time(), d.examiner(),
					d.description(), s.status().name(), s.accessCode(), s.invigilatorPassword(), s.examinerComment());
		}

	}

}

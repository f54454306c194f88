package org.acquis.certification.session;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.certification.center.CenterAccess;
import org.acquis.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's attendance sheet (PDF), for its centre's members: through the API and from
 * the session page; another centre's session is {@code 404 SESSION_NOT_FOUND}.
 */
@RestController
class AttendanceSheetController {

	private final SessionAccess access;

	private final CenterAccess centers;

	private final Candidates candidates;

	private final AttendanceSheet sheet;

	AttendanceSheetController(SessionAccess access, CenterAccess centers, Candidates candidates,
			AttendanceSheet sheet) {
		this.access = access;
		this.centers = centers;
		this.candidates = candidates;
		this.sheet = sheet;
	}

	@Operation(summary = "The session's attendance sheet (PDF): its details and a line to sign per candidate")
	@GetMapping({ "/api/sessions/{id}/attendance-sheet.pdf", "/certif/sessions/{id}/feuille-emargement.pdf" })
	ResponseEntity<byte[]> attendanceSheet(@PathVariable long id, CurrentUser user, Locale locale) {
		var session = this.access.requireMember(id, user);
		var center = this.centers.requireMember(session.centerId(), user);
		var pdf = this.sheet.pdf(session, center, this.candidates.ofSession(id), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("emargement-session-" + id + ".pdf").build().toString())
			.body(pdf);
	}

}

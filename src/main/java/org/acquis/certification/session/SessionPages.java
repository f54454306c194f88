package org.acquis.certification.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The session page's actions ({@code /certif/sessions/{id}}): edit or delete the session,
 * remove a candidate, import the CSV or ODS template (every wrong line listed, nothing
 * enrolled), enrol pupils of the school, download the templates. Each one comes back to
 * the page with what happened; another centre's session is 404, as the API.
 */
@Controller
class SessionPages {

	private static final String PAGE = "redirect:/certif/sessions/";

	private final ManageSessions manage;

	private final EnrolCandidates enrol;

	private final EnrolLearners learners;

	private final SessionAccess access;

	private final Problems problems;

	private final MessageSource messages;

	SessionPages(ManageSessions manage, EnrolCandidates enrol, EnrolLearners learners, SessionAccess access,
			Problems problems, MessageSource messages) {
		this.manage = manage;
		this.enrol = enrol;
		this.learners = learners;
		this.access = access;
		this.problems = problems;
		this.messages = messages;
	}

	@PostMapping("/certif/sessions/{id}/modification")
	String edit(@PathVariable long id, ManageSessions.SessionForm form, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.manage.edit(id, form, user);
			redirect.addFlashAttribute("notice", this.messages.getMessage("certif.session.edited", null, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("editError", shown(ex, locale));
		}
		return PAGE + id;
	}

	@PostMapping("/certif/sessions/{id}/suppression")
	String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		var center = this.access.requireMember(id, user).centerId();
		try {
			this.manage.delete(id, user);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("certif.session.deleted", new Object[] { String.valueOf(id) }, locale));
			return "redirect:/certif/centres/" + center;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("deleteError", shown(ex, locale));
			return PAGE + id;
		}
	}

	@PostMapping("/certif/sessions/{id}/candidats/{candidateId}/retrait")
	String remove(@PathVariable long id, @PathVariable UUID candidateId, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.enrol.remove(id, candidateId, user);
			redirect.addFlashAttribute("notice", this.messages.getMessage("certif.candidate.removed", null, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("candidateError", shown(ex, locale));
		}
		return PAGE + id;
	}

	@PostMapping("/certif/sessions/{id}/candidats/import")
	String importFile(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			CurrentUser user, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			int imported = this.enrol.importFile(id, file == null ? new byte[0] : file.getBytes(), user);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("certif.import.done", new Object[] { imported }, locale));
		}
		catch (CandidateImportRefused ex) {
			redirect.addFlashAttribute("importError", shown(ex, locale));
			redirect.addFlashAttribute("importErrors", lineErrors(ex, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("importError", shown(ex, locale));
		}
		return PAGE + id + "#import";
	}

	@PostMapping("/certif/sessions/{id}/eleves")
	String enrolPupils(@PathVariable long id, @RequestParam(required = false) @Nullable List<UUID> learnerIds,
			@RequestParam(required = false) @Nullable String classe, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			var done = this.learners.enrol(id, learnerIds == null ? List.of() : List.copyOf(learnerIds), user);
			redirect.addFlashAttribute("notice", this.messages.getMessage("certif.pupils.done",
					new Object[] { done.enrolled(), done.alreadyEnrolled() }, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("pupilsError", shown(ex, locale));
		}
		if (classe != null && !classe.isBlank()) {
			redirect.addAttribute("classe", classe);
		}
		return PAGE + id;
	}

	@GetMapping("/certif/sessions/{id}/modele-candidats.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable long id, CurrentUser user) {
		this.access.requireMember(id, user);
		return download(CandidateCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), "candidats-session-" + id + ".csv");
	}

	@GetMapping("/certif/sessions/{id}/modele-candidats.ods")
	ResponseEntity<byte[]> odsTemplate(@PathVariable long id, CurrentUser user) {
		this.access.requireMember(id, user);
		return download(CandidateOds.template(), MediaType.parseMediaType(CandidateOds.MEDIA_TYPE),
				"candidats-session-" + id + ".ods");
	}

	/** A wrong line of an import, as the page lists it. */
	record LineError(int line, String field, String message) implements java.io.Serializable {
	}

	private List<LineError> lineErrors(CandidateImportRefused ex, Locale locale) {
		return ex.errors().stream().map(e -> {
			var label = this.messages.getMessage("certif.field." + e.field(), null, e.field(), locale);
			var field = label == null ? e.field() : label;
			return new LineError(e.line(), field, this.problems.message(e.code(), locale, field));
		}).toList();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String shown(DomainException ex, Locale locale) {
		if (ex.category() == ErrorCategory.FORBIDDEN || ex.category() == ErrorCategory.NOT_FOUND) {
			throw ex;
		}
		return this.problems.message(ex.code(), locale, ex.arguments());
	}

}

package org.acquis.certification.session;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A session's candidates, for its centre's members. */
@RestController
class CandidateController {

	static final int ELIGIBLE_COMPETENCES = 5;

	private final EnrolCandidates enrol;

	private final LearnerProfile profiles;

	private final Problems problems;

	CandidateController(EnrolCandidates enrol, LearnerProfile profiles, Problems problems) {
		this.enrol = enrol;
		this.profiles = profiles;
		this.problems = problems;
	}

	@Operation(summary = "Enrol a candidate")
	@PostMapping("/api/sessions/{id}/candidates")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> enrol(@PathVariable long id, @RequestBody CandidateRequest request, CurrentUser user) {
		return Map.of("candidateId", this.enrol.enrol(id, request.form(), user));
	}

	@Operation(summary = "Enrol candidates from the CSV or ODS template: all or none, wrong lines named")
	@PostMapping(path = "/api/sessions/{id}/candidates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Integer> importFile(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user)
			throws IOException {
		return Map.of("imported", this.enrol.importFile(id, file.getBytes(), user));
	}

	@Operation(summary = "Enrol candidates from a CSV body (text/csv): all or none")
	@PostMapping(path = "/api/sessions/{id}/candidates/import", consumes = "text/csv")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Integer> importBody(@PathVariable long id, @RequestBody byte[] body, CurrentUser user) {
		return Map.of("imported", this.enrol.importFile(id, body, user));
	}

	@Operation(summary = "Enrol candidates from an ODS body: all or none")
	@PostMapping(path = "/api/sessions/{id}/candidates/import", consumes = CandidateOds.MEDIA_TYPE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Integer> importOds(@PathVariable long id, @RequestBody byte[] body, CurrentUser user) {
		return Map.of("imported", this.enrol.importFile(id, body, user));
	}

	@Operation(summary = "The ODS template to fill (the CSV template's columns)")
	@GetMapping(path = "/api/sessions/{id}/candidates/template.ods", produces = CandidateOds.MEDIA_TYPE)
	ResponseEntity<byte[]> odsTemplate(@PathVariable long id, CurrentUser user) {
		this.enrol.of(id, user);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"candidats-session-" + id + ".ods\"")
			.body(CandidateOds.template());
	}

	@Operation(summary = "The CSV template to fill")
	@GetMapping(path = "/api/sessions/{id}/candidates/template.csv", produces = "text/csv;charset=UTF-8")
	String template(@PathVariable long id, CurrentUser user) {
		this.enrol.of(id, user);
		return CandidateCsv.TEMPLATE;
	}

	@Operation(summary = "A session's candidates, with each one's eligibility once they have joined")
	@GetMapping("/api/sessions/{id}/candidates")
	List<CandidateView> candidates(@PathVariable long id, CurrentUser user) {
		return this.enrol.of(id, user).stream().map(this::view).toList();
	}

	@Operation(summary = "Remove a candidate who has not joined, while the session is CREATED")
	@DeleteMapping("/api/sessions/{id}/candidates/{candidateId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id, @PathVariable UUID candidateId, CurrentUser user) {
		this.enrol.remove(id, candidateId, user);
	}

	@ExceptionHandler(CandidateImportRefused.class)
	ResponseEntity<ProblemDetail> refused(CandidateImportRefused ex, Locale locale) {
		var problem = this.problems.of(ex, locale);
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map(e -> Map.of("line", e.line(), "field", e.field(), "code", e.code(), "message",
							this.problems.message(e.code(), locale, e.field())))
					.toList());
		return Problems.response(problem);
	}

	private CandidateView view(Candidate c) {
		var p = c.person();
		Boolean eligible = c.userId() == null ? null
				: this.profiles.of(c.userId()).competencesAtLevel1OrMore() >= ELIGIBLE_COMPETENCES;
		return new CandidateView(c.id(), p.firstName(), p.lastName(), p.birthDate(), p.sex(), p.resultEmail(),
				p.externalId(), p.extraTimePercent(), p.adjustedTest(), c.userId() != null, eligible);
	}

	/** {@code eligible}: null until an account joined as this candidate. */
	record CandidateView(UUID id, String firstName, String lastName, LocalDate birthDate, @Nullable String sex,
			@Nullable String resultEmail, @Nullable String externalId, int extraTimePercent, boolean adjustedTest,
			boolean joined, @Nullable Boolean eligible) {
	}

	record CandidateRequest(@Nullable String firstName, @Nullable String lastName, @Nullable String birthDate,
			@Nullable String sex, @Nullable String birthInseeCode, @Nullable String birthPostalCode,
			@Nullable String birthCity, @Nullable String birthCountry, @Nullable String resultEmail,
			@Nullable String externalId, @Nullable Integer extraTimePercent, @Nullable Boolean adjustedTest) {

		CandidateForm form() {
			return new CandidateForm(this.firstName, this.lastName, this.birthDate, this.sex, this.birthInseeCode,
					this.birthPostalCode, this.birthCity, this.birthCountry, this.resultEmail, this.externalId,
					this.extraTimePercent == null ? null : this.extraTimePercent.toString(),
					this.adjustedTest == null ? null : this.adjustedTest.toString());
		}

	}

}

package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Learner files: uploaded by an organisation's admin, their report read by its members.
 */
@RestController
class LearnerImportController {

	private final StartLearnerImport startImport;

	private final LearnerImports imports;

	private final Memberships memberships;

	private final MessageSource messages;

	LearnerImportController(StartLearnerImport startImport, LearnerImports imports, Memberships memberships,
			MessageSource messages) {
		this.startImport = startImport;
		this.imports = imports;
		this.memberships = memberships;
		this.messages = messages;
	}

	@Operation(
			summary = "Import a learner list (SIECLE_XML zipped or not, SCO_CSV, FREGATA_CSV: full lists; SUP_CSV with mode=ADD|REPLACE)")
	@PostMapping("/api/organizations/{id}/learner-imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, UUID> start(@PathVariable UUID id, @RequestParam String format,
			@RequestParam(required = false) @Nullable String mode, @RequestPart("file") @Nullable MultipartFile file,
			CurrentUser user) throws IOException {
		if (file == null) {
			throw DomainException.badInput("IMPORT_FILE_EMPTY");
		}
		return Map.of("importId",
				this.startImport.start(new StartLearnerImport.Command(id, user.id(), format, file.getBytes(), mode)));
	}

	record ReportView(UUID id, String format, String status, int progress, int created, int updated, int disabled,
			List<ErrorView> errors) {
	}

	record ErrorView(@Nullable Integer line, @Nullable String field, String code, String message) {
	}

	@Operation(summary = "An import's status, progress and report")
	@GetMapping("/api/organizations/{id}/learner-imports/{importId}")
	ReportView report(@PathVariable UUID id, @PathVariable UUID importId, CurrentUser user, Locale locale) {
		this.memberships.require(id, user.id());
		var found = this.imports.find(id, importId)
			.orElseThrow(() -> DomainException.notFound("LEARNER_IMPORT_NOT_FOUND"));
		return view(found, this.messages, locale);
	}

	static ReportView view(LearnerImports.LearnerImport found, MessageSource messages, Locale locale) {
		return new ReportView(found.id(), found.format().name(), found.status().name(), found.progress(),
				found.created(), found.updated(), found.disabled(),
				found.errors()
					.stream()
					.map(e -> new ErrorView(e.line(), e.field(), e.code(),
							String.valueOf(messages.getMessage("error." + e.code(), null, e.code(), locale))))
					.toList());
	}

}

package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form and an import's page, whose status part is fetched again every 2
 * seconds (htmx) while the import runs.
 */
@Controller
class ImportPages {

	private final Memberships memberships;

	private final StartLearnerImport startImport;

	private final LearnerImports imports;

	private final MessageSource messages;

	ImportPages(Memberships memberships, StartLearnerImport startImport, LearnerImports imports,
			MessageSource messages) {
		this.memberships = memberships;
		this.startImport = startImport;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/orga/{id}/imports")
	String form(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("organization", this.memberships.requireAdmin(id, user.id()));
		return "organization/import";
	}

	@PostMapping("/orga/{id}/imports")
	String upload(@PathVariable UUID id, @RequestParam String format,
			@RequestParam(required = false) @Nullable String mode, @RequestParam @Nullable MultipartFile file,
			CurrentUser user, Locale locale, Model model) throws IOException {
		try {
			var importId = this.startImport.start(new StartLearnerImport.Command(id, user.id(), format,
					file == null ? new byte[0] : file.getBytes(), mode));
			return "redirect:/orga/" + id + "/imports/" + importId;
		}
		catch (DomainException ex) {
			if (ex.category() != org.acquis.shared.ErrorCategory.BAD_INPUT) {
				throw ex;
			}
			model.addAttribute("organization", this.memberships.requireAdmin(id, user.id()));
			model.addAttribute("error", this.messages.getMessage("error." + ex.code(), null, ex.code(), locale));
			return "organization/import";
		}
	}

	@GetMapping("/orga/{id}/imports/{importId}")
	String status(@PathVariable UUID id, @PathVariable UUID importId, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("organization", this.memberships.require(id, user.id()));
		model.addAttribute("report", report(id, importId, locale));
		return "organization/import-status";
	}

	@GetMapping("/orga/{id}/imports/{importId}/etat")
	String statusFragment(@PathVariable UUID id, @PathVariable UUID importId, CurrentUser user, Locale locale,
			Model model) {
		model.addAttribute("organization", this.memberships.require(id, user.id()));
		model.addAttribute("report", report(id, importId, locale));
		return "organization/import-status :: status";
	}

	private LearnerImportController.ReportView report(UUID id, UUID importId, Locale locale) {
		var found = this.imports.find(id, importId)
			.orElseThrow(() -> DomainException.notFound("LEARNER_IMPORT_NOT_FOUND"));
		return LearnerImportController.view(found, this.messages, locale);
	}

}

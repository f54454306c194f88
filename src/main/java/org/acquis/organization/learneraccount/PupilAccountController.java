package org.acquis.organization.learneraccount;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.learneraccount.AccountSheets.Format;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pupils' accounts of a class, for the school's members. The answer is the sheet with the
 * one-time passwords, shown this once (never replayed by an idempotency key: the
 * passwords would be stored): a lost answer is made again by resetting those pupils.
 */
@RestController
class PupilAccountController {

	static final String PATH = "/api/organizations/{id}/learners/accounts";

	private final IssuePupilAccounts issue;

	private final AccountSheets sheets;

	PupilAccountController(IssuePupilAccounts issue, AccountSheets sheets) {
		this.issue = issue;
		this.sheets = sheets;
	}

	record Resets(@Nullable List<UUID> resetLearnerIds) {
	}

	@Operation(summary = "Give the pupils of a class without an account one (username, one-time password) and reset "
			+ "the passwords asked for; the answer is the sheet (JSON, or CSV / PDF with format= or Accept)")
	@PostMapping(PATH)
	ResponseEntity<?> issue(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@RequestBody(required = false) @Nullable Resets resets, CurrentUser user, Locale locale) {
		var chosen = format(format, accept);
		var ids = resets == null || resets.resetLearnerIds() == null ? Set.<UUID>of()
				: Set.copyOf(resets.resetLearnerIds());
		var sheet = this.issue.issue(new IssuePupilAccounts.Command(id, user.id(), division, ids));
		if (chosen == Format.JSON) {
			return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(sheet);
		}
		return this.sheets.download(sheet, chosen, locale);
	}

	static Format format(@Nullable String format, @Nullable String accept) {
		if (format != null && !format.isBlank()) {
			return switch (format.strip().toLowerCase(Locale.ROOT)) {
				case "json" -> Format.JSON;
				case "csv" -> Format.CSV;
				case "pdf" -> Format.PDF;
				default -> throw DomainException.badInput("SHEET_FORMAT_UNKNOWN");
			};
		}
		if (accept != null && accept.contains("application/pdf")) {
			return Format.PDF;
		}
		return accept != null && accept.contains("text/csv") ? Format.CSV : Format.JSON;
	}

}

package org.acquis.organization.learneraccount;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Créer les comptes des élèves de la classe" on the learners' page: the answer is the
 * sheet to download (PDF or CSV), shown once.
 */
@Controller
class PupilAccountPages {

	private final IssuePupilAccounts issue;

	private final AccountSheets sheets;

	PupilAccountPages(IssuePupilAccounts issue, AccountSheets sheets) {
		this.issue = issue;
		this.sheets = sheets;
	}

	@PostMapping("/orga/{id}/eleves/comptes")
	ResponseEntity<byte[]> issue(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			@RequestParam(defaultValue = "pdf") String format,
			@RequestParam(name = "reset", required = false) @Nullable List<UUID> reset, CurrentUser user,
			Locale locale) {
		var chosen = "csv".equalsIgnoreCase(format) ? AccountSheets.Format.CSV : AccountSheets.Format.PDF;
		var sheet = this.issue.issue(new IssuePupilAccounts.Command(id, user.id(), division,
				reset == null ? java.util.Set.of() : new HashSet<>(reset)));
		return this.sheets.download(sheet, chosen, locale);
	}

}

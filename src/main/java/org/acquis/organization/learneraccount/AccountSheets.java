package org.acquis.organization.learneraccount;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.acquis.identity.IdentitySettings;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A generation's sheet as a download (CSV or PDF), never cached: the one-time passwords
 * are in it.
 */
@Component
class AccountSheets {

	enum Format {

		JSON, CSV, PDF

	}

	private final MessageSource messages;

	private final IdentitySettings identity;

	AccountSheets(MessageSource messages, IdentitySettings identity) {
		this.messages = messages;
		this.identity = identity;
	}

	ResponseEntity<byte[]> download(AccountSheet sheet, Format format, Locale locale) {
		var pdf = format == Format.PDF;
		var body = pdf ? AccountSheetPdf.write(sheet, loginUrl(), this.messages, locale)
				: AccountSheetCsv.write(sheet, this.messages, locale);
		var name = "comptes-" + sheet.division().replaceAll("[^A-Za-z0-9_-]", "_") + (pdf ? ".pdf" : ".csv");
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private String loginUrl() {
		return this.identity.loginUrl();
	}

}

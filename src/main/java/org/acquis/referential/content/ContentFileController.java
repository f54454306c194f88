package org.acquis.referential.content;

import java.time.Duration;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachments and illustrations of challenges. Only names the bank knows are served, so
 * no path from the request ever reaches the file system.
 */
@RestController
class ContentFileController {

	private final ContentBank bank;

	ContentFileController(ContentBank bank) {
		this.bank = bank;
	}

	@GetMapping({ "/content/files/{framework}/{competence}/{name}",
			"/api/content/files/{framework}/{competence}/{name}" })
	ResponseEntity<Resource> file(@PathVariable String framework, @PathVariable String competence,
			@PathVariable String name, @RequestParam(defaultValue = "false") boolean download) {
		var location = this.bank.file(framework, competence, name)
			.orElseThrow(() -> DomainException.notFound("FILE_NOT_FOUND"));
		var type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
		var disposition = download ? ContentDisposition.attachment() : ContentDisposition.inline();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.body(new ClassPathResource(location));
	}

}

package org.acquis.certification.certificate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learner's certificates, their attestations (the owner's only: another's does not
 * exist), and the public verification by code.
 */
@RestController
class CertificateController {

	private final Certificates certificates;

	private final VerifyCertificate verify;

	private final Attestations attestations;

	private final ContentBank bank;

	private final Problems problems;

	CertificateController(Certificates certificates, VerifyCertificate verify, Attestations attestations,
			ContentBank bank, Problems problems) {
		this.certificates = certificates;
		this.verify = verify;
		this.attestations = attestations;
		this.bank = bank;
		this.problems = problems;
	}

	@Operation(summary = "The caller's certificates, once their sessions are published")
	@GetMapping("/api/me/certificates")
	List<Summary> mine(CurrentUser user) {
		return this.certificates.of(user.id()).stream().map(this::summary).toList();
	}

	@Operation(summary = "The PDF attestation of one of the caller's validated certificates")
	@GetMapping("/api/certificates/{id}/attestation.pdf")
	void attestation(@PathVariable UUID id, CurrentUser user, HttpServletResponse response, Locale locale)
			throws IOException {
		var certificate = owned(id, user);
		if (!certificate.validated()) {
			throw DomainException.conflict("CERTIFICATE_NOT_VALIDATED");
		}
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(Attestations.fileName(certificate)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		this.attestations.write(certificate, locale, response.getOutputStream());
	}

	@Operation(summary = "Anyone checks a code: the certificate's public summary, or 404 (rate-limited)")
	@GetMapping("/api/certificates/verification/{code}")
	Verified verification(@PathVariable String code) {
		var certificate = this.verify.verify(code);
		var competences = this.bank.core()
			.competences()
			.stream()
			.map(c -> new NamedLevel(c.code(), c.name(), certificate.level(c.code())))
			.toList();
		return new Verified(certificate.verificationCode(), certificate.status(), certificate.firstName(),
				certificate.lastName(), certificate.birthDate(), certificate.centerName(), certificate.date(),
				certificate.pixScore(), certificate.globalLevel(), competences);
	}

	@ExceptionHandler(TooManyVerifications.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyVerifications ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.of(ex, locale));
	}

	private Certificate owned(UUID id, CurrentUser user) {
		return this.certificates.of(user.id(), id).orElseThrow(() -> DomainException.notFound("CERTIFICATE_NOT_FOUND"));
	}

	private Summary summary(Certificate certificate) {
		var competences = this.bank.core()
			.competences()
			.stream()
			.map(c -> new Level(c.code(), certificate.level(c.code())))
			.toList();
		return new Summary(certificate.id(), certificate.validated() ? certificate.verificationCode() : null,
				certificate.status(), certificate.pixScore(), certificate.date(), competences);
	}

	/**
	 * {@code verificationCode} null unless VALIDATED: only a valid certificate is shared.
	 */
	record Summary(UUID id, @Nullable String verificationCode, String status, int pixScore, LocalDate date,
			List<Level> competences) {
	}

	record Level(String code, int level) {
	}

	record NamedLevel(String code, String name, int level) {
	}

	record Verified(@Nullable String verificationCode, String status, String firstName, String lastName,
			LocalDate birthDate, String certificationCenter, LocalDate date, int pixScore, int globalLevel,
			List<NamedLevel> competences) {
	}

}

package org.acquis.certification.certificate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The learner's certificates ({@code /mes-certifications}, with their attestations) and
 * the public verification ({@code /verification}: a form; {@code /verification/{code}}:
 * the certificate, the page a learner shares). The verification counts against the same
 * limit as the API's.
 */
@Controller
class CertificatePages {

	private final Certificates certificates;

	private final VerifyCertificate verify;

	private final Attestations attestations;

	private final ContentBank bank;

	private final Problems problems;

	private final MessageSource messages;

	CertificatePages(Certificates certificates, VerifyCertificate verify, Attestations attestations, ContentBank bank,
			Problems problems, MessageSource messages) {
		this.certificates = certificates;
		this.verify = verify;
		this.attestations = attestations;
		this.bank = bank;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/mes-certifications")
	String mine(CurrentUser user, Model model) {
		model.addAttribute("certificates", this.certificates.of(user.id()));
		model.addAttribute("framework", this.bank.core());
		return "certification/certificates";
	}

	@GetMapping("/mes-certifications/{id}/attestation.pdf")
	void attestation(@PathVariable UUID id, CurrentUser user, HttpServletResponse response, Locale locale)
			throws IOException {
		var certificate = this.certificates.of(user.id(), id)
			.filter(Certificate::validated)
			.orElseThrow(() -> DomainException.notFound("CERTIFICATE_NOT_FOUND"));
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(Attestations.fileName(certificate)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		this.attestations.write(certificate, locale, response.getOutputStream());
	}

	@GetMapping("/verification")
	String form(@RequestParam(required = false) @Nullable String code) {
		if (code == null || code.isBlank() || code.length() > VerifyCertificate.LONGEST_TYPED) {
			return "certification/verification";
		}
		return "redirect:/verification/" + UriUtils.encodePathSegment(VerificationCode.normalized(code), "UTF-8");
	}

	@GetMapping("/verification/{code}")
	String verified(@PathVariable String code, Model model, HttpServletResponse response, Locale locale) {
		try {
			var certificate = this.verify.verify(code);
			model.addAttribute("certificate", certificate);
			model.addAttribute("areas", areas(certificate, this.bank.core()));
			model.addAttribute("globalGroup", group(certificate.globalLevel(), locale));
		}
		catch (TooManyVerifications ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			model.addAttribute("error", this.problems.message(ex.code(), locale, ex.arguments()));
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("error", this.problems.message(ex.code(), locale));
		}
		return "certification/verification";
	}

	private String group(int level, Locale locale) {
		if (level == 0) {
			return this.messages.getMessage("certificate.level.0", null, locale);
		}
		return this.bank.core().level(level).map(Framework.Level::group).orElse("");
	}

	static List<Area> areas(Certificate certificate, Framework framework) {
		return framework.areas()
			.stream()
			.map(a -> new Area(a.code(), a.name(),
					a.competences()
						.stream()
						.map(c -> new Row(c.code(), c.name(), certificate.level(c.code())))
						.toList()))
			.toList();
	}

	record Area(String code, String name, List<Row> competences) {
	}

	record Row(String code, String name, int level) {
	}

}

package org.acquis.certification.certificate;

import java.io.OutputStream;
import java.util.Locale;

import org.acquis.identity.IdentitySettings;
import org.acquis.referential.ContentBank;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a validated certificate's attestation in the reader's language; its QR code and
 * link lead to the public verification page at {@code acquis.identity.public-url} (the
 * address of the e-mails' links).
 */
@Component
class Attestations {

	private final ContentBank bank;

	private final MessageSource messages;

	private final String publicUrl;

	Attestations(ContentBank bank, MessageSource messages, IdentitySettings identity) {
		this.bank = bank;
		this.messages = messages;
		this.publicUrl = identity.publicUrl().replaceAll("/+$", "");
	}

	void write(Certificate certificate, Locale locale, OutputStream out) {
		AttestationPdf.Labels labels = (key, arguments) -> this.messages.getMessage(key, arguments, locale);
		new AttestationPdf(labels, locale).write(certificate, this.bank.core(), verificationUrl(certificate), out);
	}

	String verificationUrl(Certificate certificate) {
		return this.publicUrl + "/verification/" + certificate.verificationCode();
	}

	static String fileName(Certificate certificate) {
		return "attestation-" + certificate.verificationCode() + ".pdf";
	}

}

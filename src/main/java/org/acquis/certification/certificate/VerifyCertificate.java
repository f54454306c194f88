package org.acquis.certification.certificate;

import java.time.Clock;
import java.util.Optional;

import org.acquis.shared.ClientAddress;
import org.acquis.shared.DomainException;
import org.acquis.shared.PerMinuteLimit;
import org.springframework.stereotype.Component;

/**
 * The public check of a code, against guessing: each client address
 * ({@link ClientAddress}, an IPv6 client by its /64) may check in vain
 * {@code acquis.certification.certificates.verification-misses-per-minute} (20) codes a
 * minute; beyond, every check from it is refused (429) until the next minute, a right
 * code too (else the refusal itself would tell a right code from a wrong one). A right
 * code costs nothing, so a person checking a few certificates is never refused, and a
 * blocked address waits 60 seconds at most. Only a VALIDATED certificate verifies: a
 * rejected or cancelled one, a malformed code and an unknown code are the same 404.
 */
@Component
class VerifyCertificate {

	static final int LONGEST_TYPED = 40;

	private final Certificates certificates;

	private final Clock clock;

	private volatile PerMinuteLimit misses;

	VerifyCertificate(Certificates certificates, CertificateSettings settings, Clock clock) {
		this.certificates = certificates;
		this.clock = clock;
		this.misses = new PerMinuteLimit(settings.verificationMissesPerMinute(), clock);
	}

	Certificate verify(String typed) {
		var slot = this.misses.tryTake(ClientAddress.current());
		if (slot == null) {
			throw new TooManyVerifications(this.misses.secondsToNextMinute());
		}
		var found = find(typed);
		if (found.isEmpty()) {
			throw DomainException.notFound("CERTIFICATE_NOT_FOUND");
		}
		slot.giveBack();
		return found.get();
	}

	private Optional<Certificate> find(String typed) {
		if (typed.length() > LONGEST_TYPED) {
			return Optional.empty();
		}
		var code = VerificationCode.normalized(typed);
		if (!VerificationCode.wellFormed(code)) {
			return Optional.empty();
		}
		return this.certificates.byCode(code).filter(Certificate::validated);
	}

	/** A new limit with fresh counts: the tests share one context and check a low one. */
	void limit(int missesPerMinute) {
		this.misses = new PerMinuteLimit(missesPerMinute, this.clock);
	}

}

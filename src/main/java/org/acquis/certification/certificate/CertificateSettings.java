package org.acquis.certification.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of certificates ({@code acquis.certification.certificates.*}).
 *
 * @param verificationMissesPerMinute codes checked in vain a minute from one client
 * address before the verification answers 429 until the next minute
 */
@ConfigurationProperties("acquis.certification.certificates")
record CertificateSettings(@DefaultValue("20") int verificationMissesPerMinute) {
}

/**
 * Certificates: verification codes given at publication, the learner's list, the PDF
 * attestation with its QR code, the public verification by code (rate-limited per client
 * address) and their pages.
 */
@NullMarked
package org.acquis.certification.certificate;

import org.jspecify.annotations.NullMarked;

/**
 * Certification scoring as plain Java (no Spring, no database): the second version's
 * rules (domain.md §8) behind
 * {@link org.acquis.certification.scoring.domain.CertificationScorer}, where the IRT
 * version (§5) will be another scorer.
 */
@NullMarked
package org.acquis.certification.scoring.domain;

import org.jspecify.annotations.NullMarked;

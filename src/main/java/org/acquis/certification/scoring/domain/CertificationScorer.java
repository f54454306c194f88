package org.acquis.certification.scoring.domain;

/**
 * Scores a finished course; one per version of the certification (v2 rule-based, later v3
 * IRT), named so that a result says which one scored it.
 */
public interface CertificationScorer {

	String name();

	CertificationScore score(ScoringInput input);

}

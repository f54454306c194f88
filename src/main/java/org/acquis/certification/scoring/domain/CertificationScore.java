package org.acquis.certification.scoring.domain;

import java.util.List;

/**
 * A course's result: status, total pix, reproducibility rate (%), per competence level
 * and pix (level -1: not certified), and what the jury must look at.
 */
public record CertificationScore(Status status, int pixScore, int reproducibilityRate,
		List<CompetenceScore> competences, List<String> juryErrors) {

	public CertificationScore {
		competences = List.copyOf(competences);
		juryErrors = List.copyOf(juryErrors);
	}

	public enum Status {

		VALIDATED, REJECTED, CANCELLED

	}

	/** One competence: level -1 and 0 pix when not certified. */
	public record CompetenceScore(String competence, int level, int pix) {

		static final CompetenceScore uncertified(String competence) {
			return new CompetenceScore(competence, -1, 0);
		}

	}

}

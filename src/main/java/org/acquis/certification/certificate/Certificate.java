package org.acquis.certification.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A published result as its certificate shows it: the candidate as the centre enrolled
 * them, the centre, the session's date, the status, and the scores. Only a VALIDATED
 * certificate carries pix and levels: a rejected or cancelled one shows 0 everywhere. Its
 * methods are public for the pages' expressions.
 *
 * @param id the certificate's id (its course's)
 * @param owner the account that took the test
 * @param storedLevels the level the scoring gave per competence code (-1: not certified)
 */
record Certificate(UUID id, UUID owner, @Nullable String verificationCode, String status, int storedPix,
		Map<String, Integer> storedLevels, String firstName, String lastName, LocalDate birthDate,
		@Nullable String birthPlace, String centerName, LocalDate date) {

	static final String VALIDATED = "VALIDATED";

	Certificate {
		storedLevels = Map.copyOf(storedLevels);
	}

	public boolean validated() {
		return VALIDATED.equals(this.status);
	}

	public int pixScore() {
		return validated() ? this.storedPix : 0;
	}

	/** The certified level of a competence, 0 when it is not certified. */
	public int level(String competence) {
		return validated() ? Math.max(0, this.storedLevels.getOrDefault(competence, 0)) : 0;
	}

	/** The global level of the pix score (domain.md §8's bands): 0 to 7. */
	public int globalLevel() {
		return GlobalLevel.of(pixScore());
	}

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

	static Map<String, Integer> levels(List<Scored> scores) {
		return scores.stream().collect(Collectors.toMap(Scored::competence, Scored::level, (a, b) -> a));
	}

	/** One competence as the scoring stored it. */
	record Scored(String competence, int level, int pix) {
	}

}

package org.acquis.certification.session;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person enrolled in a session; {@code userId} is the account that joined as them (null
 * until then).
 */
public record Candidate(UUID id, long sessionId, Person person, @Nullable UUID userId) {

	/** Who the candidate is, as the centre enrolled them. */
	public record Person(String firstName, String lastName, LocalDate birthDate, @Nullable String sex,
			@Nullable String birthInseeCode, @Nullable String birthPostalCode, @Nullable String birthCity,
			@Nullable String birthCountry, @Nullable String resultEmail, @Nullable String externalId,
			int extraTimePercent, boolean adjustedTest) {
	}

}

package org.acquis.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner of an organisation's list (imported or typed by hand); a learner missing from
 * the last full list is kept, inactive. The second and third first names and the usage
 * name (SIECLE, school CSV) help reconciliation; {@code studentNumber} is the
 * higher-education key; {@code groups} come from the files; {@code userId} is the account
 * the school issued to the pupil (identity's), if any.
 */
public record OrganizationLearner(UUID id, UUID organizationId, String firstName, String lastName, LocalDate birthDate,
		@Nullable String division, @Nullable String nationalId, boolean active, @Nullable String secondFirstName,
		@Nullable String thirdFirstName, @Nullable String usageName, @Nullable String studentNumber,
		List<String> groups, @Nullable UUID userId) {

	public OrganizationLearner {
		groups = List.copyOf(groups);
	}

	/** A learner with the essentials only (typed by hand, or in tests). */
	public OrganizationLearner(UUID id, UUID organizationId, String firstName, String lastName, LocalDate birthDate,
			@Nullable String division, @Nullable String nationalId, boolean active) {
		this(id, organizationId, firstName, lastName, birthDate, division, nationalId, active, null, null, null, null,
				List.of(), null);
	}

}

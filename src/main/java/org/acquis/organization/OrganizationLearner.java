package org.acquis.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner of an organisation's list (imported or typed by hand); a learner missing from
 * the last full list is kept, inactive.
 */
public record OrganizationLearner(UUID id, UUID organizationId, String firstName, String lastName, LocalDate birthDate,
		@Nullable String division, @Nullable String nationalId, boolean active) {
}

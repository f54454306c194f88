package org.acquis.campaign.participation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner's participation in a campaign: STARTED (assessment under way), TO_SHARE (the
 * assessment is over), SHARED (the results were sent; what was sent is kept).
 *
 * @param organizationLearnerId the record of the school's list it was matched to, if any
 * @param masteryRate the share of the target skills validated when shared (0 to 1)
 */
public record Participation(UUID id, UUID campaignId, UUID userId, @Nullable UUID organizationLearnerId,
		String firstName, String lastName, @Nullable String division, @Nullable String externalId,
		@Nullable UUID assessmentId, Status status, Instant createdAt, @Nullable Instant sharedAt,
		@Nullable Integer validatedSkills, @Nullable Integer targetSkills, @Nullable BigDecimal masteryRate) {

	public enum Status {

		STARTED, TO_SHARE, SHARED

	}

}

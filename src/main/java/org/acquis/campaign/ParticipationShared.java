package org.acquis.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner sent their results of a campaign to its organisation (attestations, grade
 * pass-back listen to it).
 */
public record ParticipationShared(UUID participationId, UUID campaignId, UUID organizationId, UUID userId,
		Instant sharedAt, double masteryRate) {
}

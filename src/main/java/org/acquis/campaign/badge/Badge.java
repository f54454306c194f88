package org.acquis.campaign.badge;

import java.util.List;
import java.util.UUID;

import org.acquis.campaign.mastery.BadgeCriterion;

/** A badge of a target profile: earned when every criterion is met. */
record Badge(UUID id, UUID targetProfileId, String key, String title, String message, List<BadgeCriterion> criteria) {

	Badge {
		criteria = List.copyOf(criteria);
	}

}

package org.acquis.campaign.campaign;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A campaign of an organisation: learners join it by its code and send their results.
 *
 * @param managesStudents whether its learners must be matched to the organisation's list
 * @param targetProfileId null for a profiles collection
 */
public record Campaign(UUID id, UUID organizationId, String organizationName, boolean managesStudents, UUID ownerId,
		String code, String name, @Nullable String title, Type type, @Nullable UUID targetProfileId, String landingText,
		String endText, @Nullable String externalIdLabel, boolean multipleSendings, Instant createdAt,
		@Nullable Instant archivedAt) {

	public enum Type {

		ASSESSMENT, PROFILES_COLLECTION

	}

	public boolean archived() {
		return this.archivedAt != null;
	}

	public String displayTitle() {
		return this.title == null || this.title.isBlank() ? this.name : this.title;
	}

}

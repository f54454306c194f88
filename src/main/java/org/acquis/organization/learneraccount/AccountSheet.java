package org.acquis.organization.learneraccount;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The accounts of one generation, with their one-time passwords in clear: the answer of
 * the generation itself, never stored (only the passwords' hashes are).
 */
record AccountSheet(String organization, String division, Instant generatedAt, List<Card> accounts) {

	/** One pupil's card; {@code created} false when the password was reset. */
	record Card(UUID learnerId, String firstName, String lastName, String division, String username, String password,
			boolean created) {

		@Override
		public String toString() {
			return "Card[" + this.learnerId + ", " + this.username + "]";
		}

	}

}

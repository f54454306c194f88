package org.acquis.referential.admin;

import java.util.List;
import java.util.Map;

/**
 * The size of a framework's bank, as the back office shows it (api.md, "Back office").
 */
record ContentStats(Totals totals, List<CompetenceStats> competences) {

	record Totals(int tubes, int skills, int challenges, int tutorials, int timed, int withAttachments) {
	}

	/** Keys of the maps are strings ("1", "QCU") because they are JSON object keys. */
	record CompetenceStats(String code, String name, int tubes, int skills, int challenges,
			Map<String, Integer> skillsByLevel, Map<String, Integer> challengesByType, int timed, int withAttachments) {
	}

}

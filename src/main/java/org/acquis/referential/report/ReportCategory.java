package org.acquis.referential.report;

import java.util.Arrays;
import java.util.Optional;

/** What a learner says is wrong with a challenge. */
enum ReportCategory {

	ANSWER_REFUSED, UNCLEAR, BROKEN_FILE, OTHER;

	static Optional<ReportCategory> of(String name) {
		return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
	}

}

package org.acquis.referential.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the learner sent: one text, or one text per field key. */
public sealed interface AnswerValue {

	record Text(String value) implements AnswerValue {
	}

	record Fields(Map<String, String> values) implements AnswerValue {

		public Fields {
			// keeps null values (an empty field) and the learner's field order
			values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}
	}

}

package org.acquis.referential.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict of an answer, with the verdict of each field for field challenges (empty
 * otherwise). For dependent fields a field is OK when it found a group, even if the whole
 * answer is KO.
 */
public record ValidationOutcome(Verdict verdict, Map<String, Verdict> fields) {

	public ValidationOutcome {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	static ValidationOutcome single(boolean ok) {
		return new ValidationOutcome(Verdict.of(ok), Map.of());
	}

	static ValidationOutcome ko() {
		return single(false);
	}

	static ValidationOutcome allOf(Map<String, Verdict> fields) {
		boolean ok = !fields.isEmpty() && fields.values().stream().allMatch(Verdict.OK::equals);
		return new ValidationOutcome(Verdict.of(ok), fields);
	}

	public boolean ok() {
		return verdict == Verdict.OK;
	}
}

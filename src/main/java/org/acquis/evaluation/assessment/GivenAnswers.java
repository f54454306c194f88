package org.acquis.evaluation.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded answer as the learner saw it: the texts of the proposals chosen (in the
 * author's order), not their opaque ids; each field of a QROCM with its label.
 */
final class GivenAnswers {

	private static final String BETWEEN = " ; ";

	private GivenAnswers() {
	}

	/** {@code stored}: the answer's JSON value ({@link AnswerValues#stored}), or null. */
	static String shown(Challenge challenge, @Nullable String stored) {
		if (stored == null) {
			return "";
		}
		var value = JsonMapper.shared().readTree(stored);
		if (value.isObject()) {
			return fields(challenge, value);
		}
		var text = value.asString("");
		return switch (challenge.type()) {
			case QCU, QCM -> proposals(challenge, text);
			default -> text;
		};
	}

	private static String proposals(Challenge challenge, String ids) {
		Set<String> chosen = Arrays.stream(ids.split(",", -1))
			.map(String::trim)
			.filter(id -> !id.isEmpty())
			.collect(Collectors.toSet());
		return challenge.proposals()
			.stream()
			.filter(p -> chosen.contains(p.id()))
			.map(Challenge.Proposal::text)
			.collect(Collectors.joining(BETWEEN));
	}

	private static String fields(Challenge challenge, JsonNode value) {
		var shown = new ArrayList<String>();
		for (var field : challenge.fields()) {
			var given = value.path(field.key()).asString("");
			if (!given.isBlank()) {
				shown.add((field.label().isBlank() ? field.key() : field.label().strip()) + " : " + given);
			}
		}
		return String.join(BETWEEN, shown);
	}

}

package org.acquis.referential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.validation.Solution;

/** Reads a challenge's solution as a person would: texts, not ids. */
final class Corrections {

	private static final String BETWEEN_FIELDS = " ; ";

	private static final String BETWEEN_ANSWERS = " / ";

	private Corrections() {
	}

	static Correction of(Challenge challenge, Solution solution) {
		return switch (solution) {
			case Solution.SingleChoice single -> choices(challenge, List.of(single.proposalId()));
			case Solution.MultipleChoice multiple -> choices(challenge, List.copyOf(multiple.proposalIds()));
			case Solution.FreeText free ->
				new Correction(free.accepted().isEmpty() ? "" : free.accepted().get(0), free.accepted());
			case Solution.IndependentFields fields -> independent(challenge, fields.fields());
			case Solution.DependentFields dependent -> dependent(challenge, dependent);
		};
	}

	/** The right proposals' texts, in the author's order. */
	private static Correction choices(Challenge challenge, List<String> ids) {
		var texts = challenge.proposals()
			.stream()
			.filter(p -> ids.contains(p.id()))
			.map(Challenge.Proposal::text)
			.toList();
		return new Correction(String.join(BETWEEN_FIELDS, texts), texts);
	}

	private static Correction independent(Challenge challenge, Map<String, Solution.FreeText> fields) {
		var first = new ArrayList<String>();
		var all = new ArrayList<String>();
		for (var field : challenge.fields()) {
			var accepted = fields.get(field.key());
			if (accepted == null || accepted.accepted().isEmpty()) {
				continue;
			}
			first.add(label(field) + accepted.accepted().get(0));
			all.add(label(field) + String.join(BETWEEN_ANSWERS, accepted.accepted()));
		}
		return new Correction(String.join(BETWEEN_FIELDS, first), all);
	}

	/** As many groups as fields, in any order: one answer of each of the first groups. */
	private static Correction dependent(Challenge challenge, Solution.DependentFields dependent) {
		var groups = dependent.groups();
		var shown = groups.stream()
			.limit(challenge.fields().size())
			.map(g -> g.get(0))
			.collect(Collectors.joining(BETWEEN_FIELDS));
		return new Correction(shown, groups.stream().map(g -> String.join(BETWEEN_ANSWERS, g)).toList());
	}

	private static String label(Challenge.Field field) {
		return (field.label().isBlank() ? field.key() : field.label().strip()) + " : ";
	}

}

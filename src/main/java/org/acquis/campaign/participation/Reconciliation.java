package org.acquis.campaign.participation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.acquis.organization.OrganizationLearner;

/**
 * Matching a learner to the school's list (domain.md §6): same birth date, first and last
 * names alike once normalised (accents, case, spaces, hyphens and apostrophes removed)
 * with a Levenshtein distance at most a quarter of the longer name. Several records
 * alike: the closest, if it is the only closest; else none.
 */
final class Reconciliation {

	static final double MAX_RATIO = 0.25;

	private Reconciliation() {
	}

	static Optional<OrganizationLearner> match(List<OrganizationLearner> learners, String firstName, String lastName,
			LocalDate birthDate) {
		record Candidate(OrganizationLearner learner, double distance) {
		}
		var candidates = learners.stream()
			.filter(l -> l.birthDate().equals(birthDate))
			.map(l -> new Candidate(l, Math.max(ratio(l.firstName(), firstName), ratio(l.lastName(), lastName))))
			.filter(c -> c.distance() <= MAX_RATIO)
			.sorted(Comparator.comparingDouble(Candidate::distance))
			.toList();
		if (candidates.isEmpty()
				|| (candidates.size() > 1 && candidates.get(1).distance() == candidates.get(0).distance())) {
			return Optional.empty();
		}
		return Optional.of(candidates.get(0).learner());
	}

	static String normalized(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** Levenshtein distance over the longer length, on the normalised names. */
	static double ratio(String a, String b) {
		var x = normalized(a);
		var y = normalized(b);
		int longer = Math.max(x.length(), y.length());
		return longer == 0 ? 1 : (double) levenshtein(x, y) / longer;
	}

	static int levenshtein(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}

package org.acquis.campaign.mastery;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of a badge (domain.md §6): at least {@code threshold} % of the target
 * skills validated, of the whole participation ({@code tubes} null) or of the target
 * skills of some of its capped tubes. No target skill in scope: not met.
 */
public record BadgeCriterion(int threshold, @Nullable Set<String> tubes) {

	public BadgeCriterion {
		tubes = tubes == null ? null : Set.copyOf(tubes);
	}

	public static BadgeCriterion wholeParticipation(int threshold) {
		return new BadgeCriterion(threshold, null);
	}

	public boolean metBy(Collection<SkillOutcome> outcomes) {
		long total = 0;
		long validated = 0;
		for (var outcome : outcomes) {
			if (this.tubes == null || this.tubes.contains(outcome.tube())) {
				total++;
				validated += outcome.validated() ? 1 : 0;
			}
		}
		return total > 0 && validated * 100 >= (long) this.threshold * total;
	}

	/**
	 * A badge is earned when every one of its criteria is met (and it has one at least).
	 */
	public static boolean allMet(List<BadgeCriterion> criteria, Collection<SkillOutcome> outcomes) {
		return !criteria.isEmpty() && criteria.stream().allMatch(c -> c.metBy(outcomes));
	}

}

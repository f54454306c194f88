package org.acquis.campaign.mastery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.campaign.targetprofile.TargetProfile;
import org.jspecify.annotations.Nullable;

/** Mastery rates and stages from skill outcomes (of one learner or of many). */
public final class Mastery {

	private Mastery() {
	}

	public static Rate overall(Collection<SkillOutcome> outcomes) {
		return new Rate("", outcomes.stream().filter(SkillOutcome::validated).count(), outcomes.size());
	}

	public static List<Rate> byCompetence(Collection<SkillOutcome> outcomes) {
		return by(outcomes, SkillOutcome::competence);
	}

	public static List<Rate> byTube(Collection<SkillOutcome> outcomes) {
		return by(outcomes, SkillOutcome::tube);
	}

	private static List<Rate> by(Collection<SkillOutcome> outcomes, Function<SkillOutcome, String> key) {
		Map<String, List<SkillOutcome>> groups = outcomes.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
		return groups.entrySet()
			.stream()
			.map(e -> new Rate(e.getKey(), e.getValue().stream().filter(SkillOutcome::validated).count(),
					e.getValue().size()))
			.toList();
	}

	/**
	 * The highest stage whose threshold the rate reaches (stage 0 always), with its
	 * number; null when the profile has no stages.
	 */
	public static @Nullable StageReached stage(List<TargetProfile.Stage> stages, double rate) {
		StageReached reached = null;
		var sorted = stages.stream().sorted(java.util.Comparator.comparingInt(TargetProfile.Stage::threshold)).toList();
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).threshold() <= rate * 100 + 1e-9 || i == 0) {
				reached = new StageReached(i, sorted.size() - 1, sorted.get(i));
			}
		}
		return reached;
	}

	/** Stage {@code number} of {@code last}: the number of stars a learner sees. */
	public record StageReached(int number, int last, TargetProfile.Stage stage) {
	}

}

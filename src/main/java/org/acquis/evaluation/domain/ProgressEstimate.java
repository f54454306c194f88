package org.acquis.evaluation.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far an adaptive test has gone, softly: the skills that may still be asked
 * (untested, with a playable challenge, no more than 2 levels above the estimated level,
 * as the knowledge-state method keeps them). An estimate of what is left, never a
 * promise: one answer often resolves several of them, so the bar may jump forward and the
 * test end before it is full.
 */
public final class ProgressEstimate {

	private final LevelEstimator levelEstimator = new LevelEstimator();

	public int skillsLeft(List<Skill> skills, List<Challenge> playable, List<KnowledgeElement> history) {
		Set<String> ids = skills.stream().map(Skill::id).collect(Collectors.toSet());
		List<KnowledgeElement> elements = history.stream().filter(e -> ids.contains(e.skillId())).toList();
		KnowledgeState state = KnowledgeState.of(elements);
		double theta = this.levelEstimator.estimate(skills, elements);
		Set<String> askable = playable.stream().map(Challenge::skillId).collect(Collectors.toSet());
		return (int) skills.stream()
			.filter(s -> !state.isTested(s.id()) && askable.contains(s.id())
					&& s.level() <= theta + KnowledgeStateAlgorithm.MAX_LEVELS_ABOVE_THETA)
			.count();
	}

}

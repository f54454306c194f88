package org.acquis.evaluation.domain;

import java.util.List;

/**
 * The expected number of skills an answer resolves: if right, the untested skills of the
 * tube up to its level (inferred validated); if wrong, those from its level up (inferred
 * invalidated).
 */
record ExpectedGain(List<Skill> skills, KnowledgeState state, double theta) {

	double of(Skill skill) {
		double p = LevelEstimator.successProbability(theta, skill.level());
		return p * untestedInTube(skill, true) + (1 - p) * untestedInTube(skill, false);
	}

	private long untestedInTube(Skill skill, boolean easierOrEqual) {
		return skills.stream()
			.filter(other -> other.tube().equals(skill.tube()))
			.filter(other -> easierOrEqual ? other.level() <= skill.level() : other.level() >= skill.level())
			.filter(other -> !state.isTested(other.id()))
			.count();
	}
}

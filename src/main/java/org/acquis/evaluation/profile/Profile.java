package org.acquis.evaluation.profile;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A learner's profile: the core framework's competences with level and pix, the total and
 * whether the learner may take the certification.
 */
@NamedInterface("profile")
public record Profile(int totalPix, int maxLevel, boolean certifiable, List<Scorecard> competences) {

	public long competencesAtLevel1OrMore() {
		return this.competences.stream().filter(s -> s.level() >= 1).count();
	}

}

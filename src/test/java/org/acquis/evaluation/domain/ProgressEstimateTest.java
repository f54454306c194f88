package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressEstimateTest {

	private final ProgressEstimate estimate = new ProgressEstimate();

	private final List<Skill> skills = List.of(new Skill("@t1", "t", 1, 4), new Skill("@t2", "t", 2, 4),
			new Skill("@t3", "t", 3, 4), new Skill("@t8", "t", 8, 4), new Skill("@u2", "u", 2, 4));

	private final List<Challenge> playable = List.of(new Challenge("c1", "@t1", false),
			new Challenge("c2", "@t2", false), new Challenge("c3", "@t3", false), new Challenge("c8", "@t8", false));

	@Test
	void countsTheUntestedPlayableSkillsWithinReach() {
		int atStart = this.estimate.skillsLeft(this.skills, this.playable, List.of());
		assertThat(atStart).as("@u2 has no playable challenge, @t8 is out of reach").isEqualTo(3);
	}

	@Test
	void resolvedSkillsAreNotLeft() {
		var at = Instant.parse("2026-12-02T09:00:00Z");
		var history = List.of(
				new KnowledgeElement("@t2", KnowledgeElementStatus.VALIDATED, KnowledgeElementSource.DIRECT, at),
				new KnowledgeElement("@t1", KnowledgeElementStatus.VALIDATED, KnowledgeElementSource.INFERRED, at));
		assertThat(this.estimate.skillsLeft(this.skills, this.playable, history)).isEqualTo(1);
	}

}

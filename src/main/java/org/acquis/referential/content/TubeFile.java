package org.acquis.referential.content;

import java.util.List;

import org.acquis.referential.Challenge;
import org.acquis.referential.Tube;
import org.acquis.referential.Tutorial;
import org.acquis.referential.key.AnswerKey;
import org.jspecify.annotations.Nullable;

/**
 * What one tube file says, before the pack computes pix values and checks references
 * across files.
 */
record TubeFile(String file, Tube tube, List<SkillEntry> skills, List<Tutorial> tutorials) {

	record SkillEntry(int level, @Nullable String hint, List<String> tutorialIds, boolean active, int line,
			List<ChallengeEntry> challenges) {
	}

	record ChallengeEntry(Challenge challenge, AnswerKey key, int line) {
	}

}

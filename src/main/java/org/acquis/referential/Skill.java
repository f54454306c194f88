package org.acquis.referential;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a tube at one level, named {@code @<tube><level>}; its pix value comes from
 * the bank.
 */
public record Skill(String id, String tube, String competence, int level, double pixValue, @Nullable String hint,
		List<String> tutorialIds, boolean active) {
}

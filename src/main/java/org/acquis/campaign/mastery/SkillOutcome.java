package org.acquis.campaign.mastery;

/** One target skill of a participation: validated or not. */
public record SkillOutcome(String skillId, String tube, String competence, int level, boolean validated) {
}

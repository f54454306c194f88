package org.acquis.certification.draw;

/** One challenge of the draw: asked in the draw's order. */
public record DrawnChallenge(String challengeId, String skillId, String competence) {
}

package org.acquis.evaluation.domain;

/** A competence's result: whole pix and the level they give. */
public record Score(int pix, int level) {

	public static final Score ZERO = new Score(0, 0);

}

package org.acquis.evaluation.domain;

/**
 * DIRECT: the skill's own challenge was answered; INFERRED: deduced from another skill of
 * the tube.
 */
public enum KnowledgeElementSource {

	DIRECT, INFERRED

}

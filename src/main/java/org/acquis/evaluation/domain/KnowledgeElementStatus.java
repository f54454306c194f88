package org.acquis.evaluation.domain;

public enum KnowledgeElementStatus {

	VALIDATED, INVALIDATED, RESET

}

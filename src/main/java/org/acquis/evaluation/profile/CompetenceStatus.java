package org.acquis.evaluation.profile;

import org.springframework.modulith.NamedInterface;

/** Where a learner stands with the evaluation of a competence. */
@NamedInterface("profile")
public enum CompetenceStatus {

	NOT_STARTED, STARTED, COMPLETED

}

package org.acquis.evaluation.domain;

import java.util.Optional;

/**
 * How an assessment chooses its questions and knows it is finished: the knowledge-state
 * method of competence evaluations and campaigns ({@link KnowledgeStateAlgorithm}), and
 * later a certification's draw or IRT. Chosen per assessment, stored with it by
 * {@link #name()}. Limits every assessment may have (a number of questions, a deadline)
 * are applied around the method, not by it.
 */
public interface AssessmentMethod {

	/** The name stored with the assessment, e.g. {@code knowledge-state}. */
	String name();

	/** The next challenge to ask, empty when the assessment is finished. */
	Optional<Challenge> next(MethodInput input);

}

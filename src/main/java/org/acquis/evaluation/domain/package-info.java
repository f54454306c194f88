/**
 * The evaluation's rules as plain Java (no Spring, no database): the knowledge-state
 * method, inference, level estimate, scoring, the policies of retry and reset. Published
 * as the named interface {@code method}: another module may implement an
 * {@link org.acquis.evaluation.domain.AssessmentMethod} on these types.
 */
@NamedInterface("method")
@NullMarked
package org.acquis.evaluation.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

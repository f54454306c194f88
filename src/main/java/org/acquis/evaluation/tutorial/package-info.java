/**
 * Tutorials a learner saves or finds useful, and those to review after an evaluation.
 */
@NullMarked
package org.acquis.evaluation.tutorial;

import org.jspecify.annotations.NullMarked;

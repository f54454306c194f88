/**
 * Competence evaluations: start or resume, retry ("retenter"), reset; the competence and
 * result pages.
 */
@NullMarked
package org.acquis.evaluation.competence;

import org.jspecify.annotations.NullMarked;

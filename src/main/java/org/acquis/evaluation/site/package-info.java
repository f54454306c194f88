/**
 * The public pages of the learner's space and the module's web rules.
 */
@NullMarked
package org.acquis.evaluation.site;

import org.jspecify.annotations.NullMarked;

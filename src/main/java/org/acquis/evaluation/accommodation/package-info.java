/**
 * A learner's accommodation for timed questions: extra time or no timer (issue 16), set
 * on a settings page and by the API; the assessment loop applies it.
 */
@NullMarked
package org.acquis.evaluation.accommodation;

import org.jspecify.annotations.NullMarked;

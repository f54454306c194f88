/**
 * The organisation's learners: added by hand, listed by class.
 */
@NullMarked
package org.acquis.organization.learner;

import org.jspecify.annotations.NullMarked;

/**
 * The learner's profile: level and pix per competence, certifiability; published as the
 * named interface profile.
 */
@NullMarked
package org.acquis.evaluation.profile;

import org.jspecify.annotations.NullMarked;

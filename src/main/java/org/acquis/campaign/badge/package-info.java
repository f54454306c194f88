/**
 * Badges of a target profile: made by the back office, earned by a participation when it
 * is shared (from the copy of the results), shown to the learner and the teachers.
 */
@NullMarked
package org.acquis.campaign.badge;

import org.jspecify.annotations.NullMarked;

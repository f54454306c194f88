/**
 * The organisation's learners seen from the campaigns: one learner's participations, in
 * the API and on the learner's page of the organisation space.
 */
@NullMarked
package org.acquis.campaign.learner;

import org.jspecify.annotations.NullMarked;

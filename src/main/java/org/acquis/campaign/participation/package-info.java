/**
 * A learner joins a campaign by its code (reconciled with the school's list), takes its
 * assessment and shares the results.
 */
@NullMarked
package org.acquis.campaign.participation;

import org.jspecify.annotations.NullMarked;

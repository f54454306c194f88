/**
 * Results for the teachers: participants, per competence and tube mastery, stages,
 * recommended tubes, CSV export.
 */
@NullMarked
package org.acquis.campaign.results;

import org.jspecify.annotations.NullMarked;

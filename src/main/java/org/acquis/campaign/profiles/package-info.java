/**
 * Profiles collections: the learner sends their 16-competence profile (level and pix of
 * each, total, certifiability) as it stands; the campaign keeps that copy.
 */
@NullMarked
package org.acquis.campaign.profiles;

import org.jspecify.annotations.NullMarked;

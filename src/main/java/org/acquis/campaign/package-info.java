/**
 * Campaigns of an organisation: target profiles (capped tubes, stages), campaigns with
 * their codes, the learners' participations (an assessment on the target profile's
 * skills, run by evaluation) and the results they share, the teachers' follow-up,
 * analysis and CSV export. Published: {@link org.acquis.campaign.ParticipationShared}.
 */
@ApplicationModule(displayName = "Campaign",
		allowedDependencies = { "shared", "identity", "referential", "organization", "evaluation",
				"evaluation :: assessment", "evaluation :: knowledge", "evaluation :: profile" })
@NullMarked
package org.acquis.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

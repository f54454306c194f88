/**
 * Certification: centres and their members, sessions and candidates, the candidate's
 * timed test (an evaluation assessment run by the v2 draw), invigilation, finalisation
 * and scoring.
 */
@ApplicationModule(displayName = "Certification",
		allowedDependencies = { "shared", "identity", "referential", "evaluation :: assessment",
				"evaluation :: knowledge", "evaluation :: profile", "evaluation :: method", "organization" })
@NullMarked
package org.acquis.certification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

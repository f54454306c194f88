package org.acquis.evaluation.assessment;

import org.springframework.modulith.NamedInterface;

/** Why another module has skills assessed. */
@NamedInterface("assessment")
public enum Purpose {

	CAMPAIGN(Assessment.Type.CAMPAIGN), CERTIFICATION(Assessment.Type.CERTIFICATION);

	final Assessment.Type type;

	Purpose(Assessment.Type type) {
		this.type = type;
	}

}

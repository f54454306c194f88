package org.acquis.campaign.participation;

import org.acquis.evaluation.AssessmentCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A campaign's assessment is over: its participation waits for the learner to share. */
@Component
class ParticipationProgress {

	private final Participations participations;

	ParticipationProgress(Participations participations) {
		this.participations = participations;
	}

	@ApplicationModuleListener
	void on(AssessmentCompleted completed) {
		if ("CAMPAIGN".equals(completed.type())) {
			this.participations.assessmentOver(completed.assessmentId());
		}
	}

}

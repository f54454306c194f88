package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The learner starts the current timed question ("Commencer"): its clock starts now
 * (timer + grace), and the question is shown whole. Until then it is shown without its
 * content, so that finding it gives no time; answered without being started, it is timed
 * out. Idempotent: starting a started question (or one that is not timed) changes nothing
 * and shows it as it stands.
 */
@Component
class StartTimedChallenge {

	private final AskNextChallenge ask;

	private final Assessments assessments;

	private final EvaluationSettings settings;

	private final Clock clock;

	StartTimedChallenge(AskNextChallenge ask, Assessments assessments, EvaluationSettings settings, Clock clock) {
		this.ask = ask;
		this.assessments = assessments;
		this.settings = settings;
		this.clock = clock;
	}

	AskNextChallenge.AskedChallenge start(UUID assessmentId, UUID userId) {
		var asked = this.ask.ask(assessmentId, userId)
			.orElseThrow(() -> DomainException.conflict("ASSESSMENT_NOT_STARTED"));
		if (!asked.awaitingStart()) {
			return asked;
		}
		var now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		var challenge = asked.challenge();
		this.assessments.startClock(assessmentId, challenge.id(), now,
				AskNextChallenge.deadline(challenge, asked.accommodation(), now, this.settings));
		// as it stands now: started by this call, or by another one meanwhile, or
		// answered meanwhile
		return this.ask.ask(assessmentId, userId).orElseThrow(() -> DomainException.conflict("ASSESSMENT_NOT_STARTED"));
	}

}

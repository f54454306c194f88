package org.acquis.evaluation.competence;

import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.acquis.evaluation.assessment.Assessment;
import org.acquis.evaluation.assessment.AssessmentMethods;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.KnowledgeElements;
import org.acquis.evaluation.domain.KnowledgeState;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the evaluation of one competence of the core framework, or returns the one
 * already started (resume, never restart). A competence already evaluated is improved or
 * reset, not started again.
 */
@Component
class StartCompetenceEvaluation {

	private final Assessments assessments;

	private final AssessmentMethods methods;

	private final KnowledgeElements knowledgeElements;

	private final ContentBank bank;

	private final Clock clock;

	private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

	StartCompetenceEvaluation(Assessments assessments, AssessmentMethods methods, KnowledgeElements knowledgeElements,
			ContentBank bank, Clock clock) {
		this.assessments = assessments;
		this.methods = methods;
		this.knowledgeElements = knowledgeElements;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional
	public Started start(UUID userId, String competence) {
		return start(userId, competence, false);
	}

	@Transactional
	public Started start(UUID userId, String competence, boolean improving) {
		if (this.bank.competence(ContentBank.CORE, competence).isEmpty()) {
			throw DomainException.notFound("COMPETENCE_UNKNOWN", competence);
		}
		var latest = this.assessments.latestCompetenceEvaluation(userId, competence);
		if (latest.isPresent() && latest.get().started()) {
			return new Started(latest.get().id(), false);
		}
		if (!improving && latest.isPresent()
				&& !KnowledgeState.of(this.knowledgeElements.ofCompetence(userId, competence)).isEmpty()) {
			throw DomainException.conflict("COMPETENCE_ALREADY_EVALUATED", competence);
		}
		var assessment = new Assessment(UUID.randomUUID(), userId, Assessment.Type.COMPETENCE_EVALUATION,
				Assessment.State.STARTED, competence, ContentBank.CORE, null, this.random.nextLong(), null, null, null,
				false, 0, improving, this.clock.instant(), Assessment.Rules.standard(this.methods.defaultMethod()));
		this.assessments.insert(assessment);
		// a concurrent start may have won the unique index: return whichever is started
		var started = this.assessments.latestCompetenceEvaluation(userId, competence).orElseThrow();
		return new Started(started.id(), started.id().equals(assessment.id()));
	}

	public record Started(UUID assessmentId, boolean created) {
	}

}

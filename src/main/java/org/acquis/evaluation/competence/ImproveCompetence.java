package org.acquis.evaluation.competence;

import java.time.Clock;
import java.util.UUID;

import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.KnowledgeElements;
import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Retenter": a new evaluation of a completed competence, 4 days after its last answer.
 */
@Component
class ImproveCompetence {

	private final StartCompetenceEvaluation start;

	private final Assessments assessments;

	private final KnowledgeElements knowledgeElements;

	private final ContentBank bank;

	private final Clock clock;

	ImproveCompetence(StartCompetenceEvaluation start, Assessments assessments, KnowledgeElements knowledgeElements,
			ContentBank bank, Clock clock) {
		this.bank = bank;
		this.start = start;
		this.assessments = assessments;
		this.knowledgeElements = knowledgeElements;
		this.clock = clock;
	}

	@Transactional
	public StartCompetenceEvaluation.Started improve(UUID userId, String competence) {
		if (this.bank.competence(ContentBank.CORE, competence).isEmpty()) {
			throw DomainException.notFound("COMPETENCE_UNKNOWN", competence);
		}
		var latest = this.assessments.latestCompetenceEvaluation(userId, competence);
		if (latest.isPresent() && latest.get().started()) {
			return new StartCompetenceEvaluation.Started(latest.get().id(), false);
		}
		var completed = latest.isPresent();
		var history = this.knowledgeElements.ofCompetence(userId, competence);
		if (!new EvaluationPolicy(this.clock).canImprove(history, completed)) {
			throw new DomainException("IMPROVE_NOT_YET_ALLOWED", ErrorCategory.TOO_EARLY);
		}
		return this.start.start(userId, competence, true);
	}

}

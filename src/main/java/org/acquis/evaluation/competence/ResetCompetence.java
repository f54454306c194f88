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

/** Brings a competence back to level 0, 7 days after its last answer. */
@Component
class ResetCompetence {

	private final Assessments assessments;

	private final KnowledgeElements knowledgeElements;

	private final ContentBank bank;

	private final Clock clock;

	ResetCompetence(Assessments assessments, KnowledgeElements knowledgeElements, ContentBank bank, Clock clock) {
		this.assessments = assessments;
		this.knowledgeElements = knowledgeElements;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional
	public void reset(UUID userId, String competence) {
		if (this.bank.competence(ContentBank.CORE, competence).isEmpty()) {
			throw DomainException.notFound("COMPETENCE_UNKNOWN", competence);
		}
		var history = this.knowledgeElements.ofCompetence(userId, competence);
		var policy = new EvaluationPolicy(this.clock);
		if (!policy.canReset(history)) {
			throw new DomainException("RESET_NOT_YET_ALLOWED", ErrorCategory.TOO_EARLY);
		}
		var places = history.stream()
			.map(e -> e.skillId())
			.distinct()
			.collect(java.util.stream.Collectors.toMap(id -> id,
					id -> new KnowledgeElements.Place(this.bank.skill(id).map(s -> s.tube()).orElse(""),
							ContentBank.CORE, competence)));
		this.knowledgeElements.insert(userId, places, policy.reset(history), null, null);
		this.assessments.abortStarted(userId, competence, this.clock.instant());
	}

}

package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.acquis.evaluation.AssessmentCompleted;
import org.acquis.evaluation.EvaluationSettings;
import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeStateAlgorithm;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current question of an assessment: the one already asked if it is unanswered
 * (resume after leaving, a second tab), else the next one the adaptive algorithm picks.
 * No question left completes the assessment.
 */
@Component
public class AskNextChallenge {

	private final Assessments assessments;

	private final KnowledgeElements knowledgeElements;

	private final AssessedSkills skills;

	private final ContentBank bank;

	private final ApplicationEventPublisher events;

	private final EvaluationSettings settings;

	private final Clock clock;

	private final KnowledgeStateAlgorithm algorithm = new KnowledgeStateAlgorithm();

	AskNextChallenge(Assessments assessments, KnowledgeElements knowledgeElements, AssessedSkills skills,
			ContentBank bank, ApplicationEventPublisher events, EvaluationSettings settings, Clock clock) {
		this.assessments = assessments;
		this.knowledgeElements = knowledgeElements;
		this.skills = skills;
		this.bank = bank;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public Optional<AskedChallenge> ask(UUID assessmentId, UUID userId) {
		var assessment = this.assessments.lock(assessmentId)
			.filter(a -> a.userId().equals(userId))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (!assessment.started()) {
			return Optional.empty();
		}
		if (assessment.currentChallengeId() != null) {
			var current = this.bank.challenge(assessment.currentChallengeId());
			if (current.isPresent()) {
				return current.map(c -> new AskedChallenge(assessment, c, assessment.currentDeadline()));
			}
		}
		var assessed = this.skills.of(assessment);
		var history = this.knowledgeElements.ofSkills(userId, assessed.stream().map(s -> s.id()).toList());
		var effective = AssessedSkills.effective(assessment, history, new EvaluationPolicy(this.clock));
		var next = this.algorithm.next(assessed, this.skills.playableChallenges(assessed), effective,
				assessment.lastChallengeTimed(), assessment.seed());
		var now = this.clock.instant();
		if (next.isEmpty()) {
			this.assessments.complete(assessmentId, now);
			this.events.publishEvent(
					new AssessmentCompleted(assessmentId, userId, assessment.type().name(), assessment.competence()));
			return Optional.empty();
		}
		var challenge = this.bank.challenge(next.get().id()).orElseThrow();
		var deadline = challenge.timed()
				? now.plusSeconds(challenge.timerSeconds() + (long) this.settings.timerGraceSeconds()) : null;
		this.assessments.ask(assessmentId, challenge.id(), now, deadline);
		return Optional.of(new AskedChallenge(assessment, challenge, deadline));
	}

	public record AskedChallenge(Assessment assessment, Challenge challenge, @Nullable Instant deadline) {
	}

}

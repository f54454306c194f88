package org.acquis.evaluation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a learner may reset or improve a competence (domain.md §4), and what an
 * improvement starts from. Boundaries are inclusive: exactly 7 (or 4) days after the last
 * knowledge element is allowed.
 */
public final class EvaluationPolicy {

	public static final Duration RESET_DELAY = Duration.ofDays(7);

	public static final Duration IMPROVE_DELAY = Duration.ofDays(4);

	private final Clock clock;

	public EvaluationPolicy(Clock clock) {
		this.clock = clock;
	}

	/** Empty when there is nothing to reset (no knowledge element, or already reset). */
	public Optional<Instant> resetAllowedAt(List<KnowledgeElement> competenceHistory) {
		return KnowledgeState.of(competenceHistory).lastCreatedAt().map(last -> last.plus(RESET_DELAY));
	}

	public boolean canReset(List<KnowledgeElement> competenceHistory) {
		return resetAllowedAt(competenceHistory).filter(allowedAt -> !clock.instant().isBefore(allowedAt)).isPresent();
	}

	/**
	 * The reset knowledge elements to write: one per skill of the state, bringing the
	 * level back to 0.
	 */
	public List<KnowledgeElement> reset(List<KnowledgeElement> competenceHistory) {
		Instant now = clock.instant();
		return KnowledgeState.of(competenceHistory).elements().stream().map(element -> element.reset(now)).toList();
	}

	public boolean canImprove(List<KnowledgeElement> competenceHistory, boolean evaluationCompleted) {
		return evaluationCompleted
				&& improveAllowedAt(competenceHistory).filter(allowedAt -> !clock.instant().isBefore(allowedAt))
					.isPresent();
	}

	/**
	 * When a completed evaluation may be retried; empty when there is nothing to improve
	 * (no knowledge element).
	 */
	public Optional<Instant> improveAllowedAt(List<KnowledgeElement> competenceHistory) {
		return KnowledgeState.of(competenceHistory).lastCreatedAt().map(last -> last.plus(IMPROVE_DELAY));
	}

	/**
	 * The state an improvement starts from: validated skills stay, invalidated ones older
	 * than 4 days at the improvement's start no longer block their skill, which becomes
	 * untested and can be asked again. A failure exactly 4 days old still counts ("older
	 * than" is strict).
	 */
	public List<KnowledgeElement> stateForImprovement(List<KnowledgeElement> competenceHistory,
			Instant improvementStartedAt) {
		Instant oldestStillCounting = improvementStartedAt.minus(IMPROVE_DELAY);
		return KnowledgeState.of(competenceHistory)
			.elements()
			.stream()
			.filter(element -> element.isValidated() || !element.createdAt().isBefore(oldestStillCounting))
			.toList();
	}

}

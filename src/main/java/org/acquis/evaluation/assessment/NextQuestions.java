package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.acquis.evaluation.assessment.AskNextChallenge;
import org.springframework.stereotype.Component;

/**
 * The next question an answer posted on a page chose, kept on this node for the redirect
 * that follows (post, redirect, get): the question page shows it without reading the
 * assessment again. It is taken once, by its learner, within a few seconds; a reload, the
 * back button, a redirect served by another node or later read the assessment, which
 * always gives the current question. An answer sent meanwhile another way (the API, a
 * page served by another node) can make the kept question stale: answering it then is
 * refused as not current and shows the current one, as in a second tab.
 */
@Component
class NextQuestions {

	static final Duration KEPT = Duration.ofSeconds(10);

	/** Past this many kept questions (redirects never followed), none is kept. */
	static final int MAX_KEPT = 10_000;

	private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

	private final Clock clock;

	NextQuestions(Clock clock) {
		this.clock = clock;
	}

	void keep(UUID userId, AskNextChallenge.AskedChallenge next) {
		var now = this.clock.instant();
		if (this.kept.size() >= MAX_KEPT) {
			this.kept.values().removeIf(k -> !now.isBefore(k.until()));
			if (this.kept.size() >= MAX_KEPT) {
				return;
			}
		}
		this.kept.put(next.assessment().id(), new Kept(userId, next, now.plus(KEPT)));
	}

	void forget(UUID assessmentId) {
		this.kept.remove(assessmentId);
	}

	Optional<AskNextChallenge.AskedChallenge> take(UUID assessmentId, UUID userId) {
		var taken = this.kept.remove(assessmentId);
		if (taken == null || !taken.userId().equals(userId) || !this.clock.instant().isBefore(taken.until())) {
			return Optional.empty();
		}
		return Optional.of(taken.next());
	}

	private record Kept(UUID userId, AskNextChallenge.AskedChallenge next, Instant until) {
	}

}

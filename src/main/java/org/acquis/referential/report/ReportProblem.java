package org.acquis.referential.report;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner reports a problem on a challenge. One report per learner, challenge and
 * category: a repeat counts once (its comment, if it brings one, replaces the first). A
 * learner files at most {@link #FLOOD_LIMIT} new reports in {@link #FLOOD_WINDOW}. Says
 * nothing about the challenge's solution.
 */
@Component
class ReportProblem {

	static final int MAX_COMMENT = 1000;

	static final int FLOOD_LIMIT = 10;

	static final Duration FLOOD_WINDOW = Duration.ofMinutes(10);

	private final ContentBank bank;

	private final ChallengeReports reports;

	private final Clock clock;

	ReportProblem(ContentBank bank, ChallengeReports reports, Clock clock) {
		this.bank = bank;
		this.reports = reports;
		this.clock = clock;
	}

	record Report(UUID learner, String challengeId, @Nullable String category, @Nullable String comment,
			@Nullable UUID assessmentId) {
	}

	/**
	 * @param created false for a repeat, counted once
	 */
	record Reported(UUID id, boolean created) {
	}

	@Transactional
	Reported report(Report report) {
		var challenge = this.bank.challenge(report.challengeId())
			.orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND", report.challengeId()));
		var category = ReportCategory.of(report.category() == null ? "" : report.category())
			.orElseThrow(() -> DomainException.badInput("CHALLENGE_REPORT_CATEGORY_INVALID"));
		var comment = comment(report.comment());
		var now = this.clock.instant();
		if (!this.reports.exists(challenge.id(), report.learner(), category)
				&& this.reports.createdSince(report.learner(), now.minus(FLOOD_WINDOW)) >= FLOOD_LIMIT) {
			throw new DomainException("TOO_MANY_CHALLENGE_REPORTS", ErrorCategory.TOO_MANY_REQUESTS);
		}
		return this.reports.record(challenge.id(), report.learner(), category, comment, report.assessmentId(), now);
	}

	/**
	 * A blank comment is none; a long one, or one with control characters, is refused.
	 */
	private static @Nullable String comment(@Nullable String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		var text = comment.strip();
		if (text.codePointCount(0, text.length()) > MAX_COMMENT) {
			throw DomainException.badInput("CHALLENGE_REPORT_COMMENT_TOO_LONG");
		}
		if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw DomainException.badInput("CHALLENGE_REPORT_COMMENT_INVALID");
		}
		return text;
	}

}

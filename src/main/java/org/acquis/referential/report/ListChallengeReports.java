package org.acquis.referential.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reports for content authors: per challenge (with its competence and skill), newest
 * first, the counts per category and the latest comments. Never who reported.
 */
@Component
class ListChallengeReports {

	static final int MAX_SIZE = 100;

	static final int LATEST = 50;

	private final ChallengeReports reports;

	private final ContentBank bank;

	ListChallengeReports(ChallengeReports reports, ContentBank bank) {
		this.reports = reports;
		this.bank = bank;
	}

	record ReportList(List<ReportedChallenge> items, int page, int size, long total) {
	}

	/**
	 * @param reports the latest, at most {@value #LATEST}
	 */
	record ReportedChallenge(String challengeId, @Nullable String competence, @Nullable String skill, long total,
			Map<ReportCategory, Long> categories, Instant lastAt, List<Line> reports) {
	}

	record Line(ReportCategory category, @Nullable String comment, Instant at) {
	}

	ReportList list(@Nullable String challengeId, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw DomainException.badInput("PAGING_INVALID");
		}
		var counts = this.reports.counts(challengeId, page, size);
		var lines = this.reports.latest(counts.stream().map(ChallengeReports.Counts::challengeId).toList(), LATEST);
		var items = counts.stream().map(c -> {
			var challenge = this.bank.challenge(c.challengeId());
			return new ReportedChallenge(c.challengeId(), challenge.map(Challenge::competence).orElse(null),
					challenge.map(Challenge::skillId).orElse(null), c.total(), c.categories(), c.lastAt(),
					lines.stream()
						.filter(l -> l.challengeId().equals(c.challengeId()))
						.map(l -> new Line(l.category(), l.comment(), l.at()))
						.toList());
		}).toList();
		return new ReportList(items, page, size, this.reports.challenges(challengeId));
	}

}

package org.acquis.referential.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The learners' reports, in {@code referential_challenge_report}. */
@Repository
class ChallengeReports {

	private final JdbcClient jdbc;

	ChallengeReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String challengeId, UUID learner, ReportCategory category) {
		return this.jdbc.sql("""
				SELECT count(*) FROM referential_challenge_report
				WHERE challenge_id = ? AND user_id = ? AND category = ?""")
			.params(challengeId, learner, category.name())
			.query(Long.class)
			.single() > 0;
	}

	long createdSince(UUID learner, Instant since) {
		return this.jdbc.sql("SELECT count(*) FROM referential_challenge_report WHERE user_id = ? AND created_at > ?")
			.params(learner, Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** Records the report, or updates the learner's same report (xmax = 0: inserted). */
	ReportProblem.Reported record(String challengeId, UUID learner, ReportCategory category, @Nullable String comment,
			@Nullable UUID assessmentId, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO referential_challenge_report AS r
				  (id, challenge_id, user_id, category, comment, assessment_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT one_report_per_learner_challenge_and_category DO UPDATE
				  SET comment = coalesce(excluded.comment, r.comment), updated_at = excluded.updated_at
				RETURNING id, (xmax = 0) AS created""")
			.params(UUID.randomUUID(), challengeId, learner, category.name(), comment, assessmentId, Timestamp.from(at),
					Timestamp.from(at))
			.query((rs, n) -> new ReportProblem.Reported(rs.getObject("id", UUID.class), rs.getBoolean("created")))
			.single();
	}

	record Counts(String challengeId, long total, Map<ReportCategory, Long> categories, Instant lastAt) {
	}

	record Line(String challengeId, ReportCategory category, @Nullable String comment, Instant at) {
	}

	/** Per challenge, newest report first; one challenge only when given. */
	List<Counts> counts(@Nullable String challengeId, int page, int size) {
		return this.jdbc.sql("""
				SELECT challenge_id, count(*) AS total,
				  count(*) FILTER (WHERE category = 'ANSWER_REFUSED') AS answer_refused,
				  count(*) FILTER (WHERE category = 'UNCLEAR') AS unclear,
				  count(*) FILTER (WHERE category = 'BROKEN_FILE') AS broken_file,
				  count(*) FILTER (WHERE category = 'OTHER') AS other,
				  max(updated_at) AS last_at
				FROM referential_challenge_report
				WHERE cast(:challenge AS text) IS NULL OR challenge_id = :challenge
				GROUP BY challenge_id
				ORDER BY last_at DESC, challenge_id
				LIMIT :size OFFSET :offset""")
			.param("challenge", challengeId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> {
				var categories = new EnumMap<ReportCategory, Long>(ReportCategory.class);
				for (var category : ReportCategory.values()) {
					categories.put(category, rs.getLong(category.name().toLowerCase()));
				}
				return new Counts(rs.getString("challenge_id"), rs.getLong("total"), categories,
						rs.getTimestamp("last_at").toInstant());
			})
			.list();
	}

	long challenges(@Nullable String challengeId) {
		return this.jdbc.sql("""
				SELECT count(DISTINCT challenge_id) FROM referential_challenge_report
				WHERE cast(:challenge AS text) IS NULL OR challenge_id = :challenge""")
			.param("challenge", challengeId)
			.query(Long.class)
			.single();
	}

	/** The latest reports of these challenges, at most {@code each} per challenge. */
	List<Line> latest(Collection<String> challengeIds, int each) {
		if (challengeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT challenge_id, category, comment, updated_at FROM (
				  SELECT *, row_number() OVER (PARTITION BY challenge_id ORDER BY updated_at DESC, id) AS n
				  FROM referential_challenge_report WHERE challenge_id IN (:ids)) latest
				WHERE n <= :each ORDER BY updated_at DESC, id""")
			.param("ids", challengeIds)
			.param("each", each)
			.query((rs, n) -> new Line(rs.getString("challenge_id"), ReportCategory.valueOf(rs.getString("category")),
					rs.getString("comment"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

}

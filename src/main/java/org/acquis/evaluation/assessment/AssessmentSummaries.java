package org.acquis.evaluation.assessment;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For the other modules: an assessment's summary ({@link AssessmentSummary}). */
@Component
@NamedInterface("assessment")
public class AssessmentSummaries {

	private final Assessments assessments;

	private final JdbcClient jdbc;

	AssessmentSummaries(Assessments assessments, JdbcClient jdbc) {
		this.assessments = assessments;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<AssessmentSummary> of(UUID assessmentId) {
		return this.assessments.find(assessmentId).map(this::summary);
	}

	private AssessmentSummary summary(Assessment a) {
		var completedAt = this.jdbc.sql("SELECT completed_at FROM evaluation_assessment WHERE id = ?")
			.param(a.id())
			.query((rs, row) -> instant(rs.getTimestamp(1)))
			.optional()
			.orElse(null);
		var answers = this.jdbc.sql("""
				SELECT challenge_id, skill_id, result, created_at FROM evaluation_answer
				WHERE assessment_id = ? ORDER BY created_at, id""")
			.param(a.id())
			.query((rs, row) -> new AssessmentSummary.AnsweredChallenge(rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
		return new AssessmentSummary(a.id(), a.userId(), a.type().name(), a.state().name(), a.rules().method(),
				a.competence(), a.skillIds() == null ? List.of() : a.skillIds(), a.rules().questionLimit(),
				a.rules().deadline(), a.rules().countsInProfile(), a.createdAt(), completedAt, answers);
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

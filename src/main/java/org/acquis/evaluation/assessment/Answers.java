package org.acquis.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers given in assessments. */
@Repository
public class Answers {

	private final JdbcClient jdbc;

	Answers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts an answer; false when its idempotency key was already used in this
	 * assessment (nothing is written).
	 */
	public boolean insert(RecordedAnswer answer, UUID userId, @Nullable String value, @Nullable String fieldResults,
			@Nullable String idempotencyKey, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO evaluation_answer (id, assessment_id, user_id, challenge_id, skill_id, value, result,
				  field_results, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT one_answer_per_idempotency_key DO NOTHING""")
			.params(answer.id(), answer.assessmentId(), userId, answer.challengeId(), answer.skillId(), value,
					answer.result().name(), fieldResults, idempotencyKey, Timestamp.from(at))
			.update() == 1;
	}

	public Optional<RecordedAnswer> byIdempotencyKey(UUID assessmentId, String key) {
		return this.jdbc.sql("""
				SELECT id, assessment_id, challenge_id, skill_id, result FROM evaluation_answer
				WHERE assessment_id = ? AND idempotency_key = ?""")
			.params(assessmentId, key)
			.query((rs, row) -> new RecordedAnswer(rs.getObject("id", UUID.class),
					rs.getObject("assessment_id", UUID.class), rs.getString("challenge_id"), rs.getString("skill_id"),
					AnswerResult.valueOf(rs.getString("result"))))
			.optional();
	}

	public List<RecordedAnswer> ofAssessment(UUID assessmentId) {
		return this.jdbc.sql("""
				SELECT id, assessment_id, challenge_id, skill_id, result FROM evaluation_answer
				WHERE assessment_id = ? ORDER BY created_at""")
			.param(assessmentId)
			.query((rs, row) -> new RecordedAnswer(rs.getObject("id", UUID.class),
					rs.getObject("assessment_id", UUID.class), rs.getString("challenge_id"), rs.getString("skill_id"),
					AnswerResult.valueOf(rs.getString("result"))))
			.list();
	}

	public record RecordedAnswer(UUID id, UUID assessmentId, String challengeId, String skillId, AnswerResult result) {
	}

}

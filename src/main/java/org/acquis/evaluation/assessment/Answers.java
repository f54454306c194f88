package org.acquis.evaluation.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.referential.Challenge;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers given in assessments. */
@Repository
public class Answers {

	/**
	 * The answer, then its knowledge elements and the assessment's update, which both
	 * hang on the inserted answer: a used idempotency key inserts nothing, so nothing
	 * else is written either.
	 */
	private static final String RECORD = """
			WITH answer AS (
			  INSERT INTO evaluation_answer (id, assessment_id, user_id, challenge_id, skill_id, value, result,
			    field_results, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?)
			  ON CONFLICT ON CONSTRAINT one_answer_per_idempotency_key DO NOTHING
			  RETURNING id, assessment_id, user_id
			), elements AS (
			  INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, framework_code, competence_code,
			    status, source, answer_id, assessment_id, created_at, counts_in_profile)
			  SELECT answer.user_id, skill_id, tube, framework, competence, status, source, answer.id,
			    answer.assessment_id, created_at, ?
			  FROM answer, %s
			  ORDER BY position
			), assessment AS (
			  UPDATE evaluation_assessment SET current_challenge_id = ?, current_asked_at = ?, current_deadline = ?,
			    last_challenge_timed = ?, answers = answers + 1, state = ?, completed_at = ?, updated_at = ?
			  WHERE id = (SELECT assessment_id FROM answer)
			)
			SELECT count(*) FROM answer""".formatted(KnowledgeElements.Rows.UNNEST);

	private final JdbcClient jdbc;

	Answers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes an answer, the knowledge elements it gives and the next state of its
	 * assessment (the {@code next} question, asked now, its clock started now when it is
	 * timed and already started: {@code nextDeadline}, null while it waits for its start;
	 * or completed when there is none) in one statement, the assessment being locked by
	 * the caller; false when the answer's idempotency key was already used in this
	 * assessment, and then nothing is written. The elements count in the profile when the
	 * assessment does ({@code countsInProfile}). {@code value} and {@code fieldResults}
	 * are JSON documents ({@link AnswerValues#stored},
	 * {@link AnswerValues#fieldResults}).
	 */
	public boolean record(RecordedAnswer answer, UUID userId, @Nullable String value, @Nullable String fieldResults,
			@Nullable String idempotencyKey, KnowledgeElements.Rows elements, boolean countsInProfile, boolean timed,
			@Nullable Challenge next, @Nullable Instant nextDeadline, Instant at) {
		var now = Timestamp.from(at);
		return this.jdbc.sql(RECORD)
			.params(answer.id(), answer.assessmentId(), userId, answer.challengeId(), answer.skillId(), value,
					answer.result().name(), fieldResults, idempotencyKey, now)
			.param(countsInProfile)
			.params(elements.parameters())
			.params(next == null ? null : next.id(), next == null ? null : now,
					nextDeadline == null ? null : Timestamp.from(nextDeadline), timed,
					next == null ? "COMPLETED" : "STARTED", next == null ? now : null, now)
			.query(Integer.class)
			.single() == 1;
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

package org.acquis.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments table. */
@Repository
public class Assessments {

	static final String COLUMNS = "id, user_id, type, state, competence_code, framework_code, skill_ids, seed, current_challenge_id, "
			+ "current_asked_at, current_deadline, last_challenge_timed, answers, improving, created_at, "
			+ "method, question_limit, deadline, counts_in_profile";

	private final JdbcClient jdbc;

	Assessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Assessment> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_assessment WHERE id = ?")
			.param(id)
			.query(Assessments::map)
			.optional();
	}

	/**
	 * Locks the assessment until the transaction ends: two tabs answering queue up, one
	 * after the other.
	 */
	public Optional<Assessment> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_assessment WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Assessments::map)
			.optional();
	}

	public List<Assessment> ofUser(UUID userId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_assessment WHERE user_id = ? ORDER BY created_at")
			.param(userId)
			.query(Assessments::map)
			.list();
	}

	public Optional<Assessment> latestCompetenceEvaluation(UUID userId, String competence) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evaluation_assessment WHERE user_id = ? AND competence_code = ? "
					+ "AND type = 'COMPETENCE_EVALUATION' AND state <> 'ABORTED' ORDER BY created_at DESC LIMIT 1")
			.params(userId, competence)
			.query(Assessments::map)
			.optional();
	}

	public void insert(Assessment a) {
		this.jdbc.sql("""
				INSERT INTO evaluation_assessment (id, user_id, type, state, competence_code, framework_code, skill_ids,
				  seed, improving, created_at, updated_at, method, question_limit, deadline, counts_in_profile)
				VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(a.id(), a.userId(), a.type().name(), a.state().name(), a.competence(), a.framework(),
					a.skillIds() == null ? null : "{" + String.join(",", a.skillIds()) + "}", a.seed(), a.improving(),
					Timestamp.from(a.createdAt()), Timestamp.from(a.createdAt()), a.rules().method(),
					a.rules().questionLimit(), timestamp(a.rules().deadline()), a.rules().countsInProfile())
			.update();
	}

	public void ask(UUID id, String challengeId, Instant at, @Nullable Instant deadline) {
		this.jdbc.sql("""
				UPDATE evaluation_assessment SET current_challenge_id = ?, current_asked_at = ?, current_deadline = ?,
				  updated_at = ? WHERE id = ?""")
			.params(challengeId, Timestamp.from(at), deadline == null ? null : Timestamp.from(deadline),
					Timestamp.from(at), id)
			.update();
	}

	/**
	 * The learner starts the current, timed question: its clock starts, once (a second
	 * start, or a start after the question changed, changes nothing).
	 */
	public void startClock(UUID id, String challengeId, Instant at, Instant deadline) {
		this.jdbc.sql("""
				UPDATE evaluation_assessment SET current_asked_at = ?, current_deadline = ?, updated_at = ?
				WHERE id = ? AND current_challenge_id = ? AND current_deadline IS NULL AND state = 'STARTED'""")
			.params(Timestamp.from(at), Timestamp.from(deadline), Timestamp.from(at), id, challengeId)
			.update();
	}

	public void complete(UUID id, Instant at) {
		this.jdbc
			.sql("UPDATE evaluation_assessment SET state = 'COMPLETED', completed_at = ?, updated_at = ? WHERE id = ?")
			.params(Timestamp.from(at), Timestamp.from(at), id)
			.update();
	}

	public void abortStarted(UUID userId, String competence, Instant at) {
		this.jdbc.sql("""
				UPDATE evaluation_assessment SET state = 'ABORTED', updated_at = ?
				WHERE user_id = ? AND competence_code = ? AND state = 'STARTED'""")
			.params(Timestamp.from(at), userId, competence)
			.update();
	}

	static Assessment map(ResultSet rs, int row) throws SQLException {
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				Assessment.Type.valueOf(rs.getString("type")), Assessment.State.valueOf(rs.getString("state")),
				rs.getString("competence_code"), rs.getString("framework_code"), skillIds(rs.getArray("skill_ids")),
				rs.getLong("seed"), rs.getString("current_challenge_id"), instant(rs.getTimestamp("current_asked_at")),
				instant(rs.getTimestamp("current_deadline")), rs.getBoolean("last_challenge_timed"),
				rs.getInt("answers"), rs.getBoolean("improving"), rs.getTimestamp("created_at").toInstant(),
				new Assessment.Rules(rs.getString("method"), rs.getObject("question_limit", Integer.class),
						instant(rs.getTimestamp("deadline")), rs.getBoolean("counts_in_profile")));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable List<String> skillIds(java.sql.@Nullable Array array) throws SQLException {
		return array == null ? null : List.of((String[]) array.getArray());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

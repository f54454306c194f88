package org.acquis.certification.jury;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.certification.scoring.domain.CertificationScore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session's candidates with their course, result and jury decision; the decisions'
 * table. A decision to cancel or reject writes what the certificate shows (0 pix) on the
 * result row and keeps the scorer's status and pix in the decision, put back when it is
 * withdrawn.
 */
@Repository
class JuryCertifications {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JuryCertifications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One enrolled candidate; course, result and decision are null when absent. */
	record CandidateRow(UUID candidateId, String firstName, String lastName, LocalDate birthDate,
			@Nullable String resultEmail, @Nullable UUID userId, @Nullable UUID courseId, @Nullable String courseStatus,
			@Nullable String abortReason, @Nullable Result result, @Nullable Decision decision) {
	}

	/** The result the certificate shows (after the jury's decision, if any). */
	record Result(String status, int pixScore, int reproducibilityRate,
			List<CertificationScore.CompetenceScore> competences, List<String> juryErrors) {
	}

	/** The jury's decision, with the scorer's own status and pix. */
	record Decision(JuryDecision decision, String comment, UUID decidedBy, Instant decidedAt, String scoredStatus,
			int scoredPixScore) {
	}

	record Incident(UUID courseId, String category, @Nullable String challengeId, String description) {
	}

	List<CandidateRow> ofSession(long sessionId) {
		return this.jdbc.sql("""
				SELECT d.id AS candidate_id, d.first_name, d.last_name, d.birth_date, d.result_email, d.user_id,
				  k.id AS course_id, k.status AS course_status, k.abort_reason, r.status, r.pix_score,
				  r.reproducibility_rate, r.competences::text AS competences, r.jury_errors::text AS jury_errors,
				  j.decision, j.comment, j.decided_by, j.decided_at, j.scored_status, j.scored_pix_score
				FROM certification_candidate d
				LEFT JOIN certification_course k ON k.candidate_id = d.id
				LEFT JOIN certification_result r ON r.course_id = k.id
				LEFT JOIN certification_jury_decision j ON j.course_id = r.course_id
				WHERE d.session_id = ? ORDER BY lower(d.last_name), lower(d.first_name), d.id""")
			.param(sessionId)
			.query(this::candidate)
			.list();
	}

	List<Incident> incidents(long sessionId) {
		return this.jdbc.sql("""
				SELECT i.course_id, i.category, i.challenge_id, i.description FROM certification_incident i
				JOIN certification_course k ON k.id = i.course_id WHERE k.session_id = ? ORDER BY i.category""")
			.param(sessionId)
			.query((rs, row) -> new Incident(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** The session of a course that has a result. */
	Optional<Long> sessionOfResult(UUID courseId) {
		return this.jdbc.sql("""
				SELECT k.session_id FROM certification_result r JOIN certification_course k ON k.id = r.course_id
				WHERE r.course_id = ?""").param(courseId).query(Long.class).optional();
	}

	/**
	 * Records (or replaces) a decision; the scorer's result is kept from the first one.
	 */
	void decide(UUID courseId, JuryDecision decision, String comment, UUID by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO certification_jury_decision (course_id, decision, comment, decided_by, decided_at,
				  scored_status, scored_pix_score)
				SELECT course_id, ?, ?, ?, ?, status, pix_score FROM certification_result WHERE course_id = ?
				ON CONFLICT (course_id) DO UPDATE SET decision = excluded.decision, comment = excluded.comment,
				  decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
			.params(decision.name(), comment, by, Timestamp.from(at), courseId)
			.update();
		this.jdbc.sql("""
				UPDATE certification_result r SET status = coalesce(CAST(? AS TEXT), j.scored_status),
				  pix_score = CASE WHEN CAST(? AS TEXT) IS NULL THEN j.scored_pix_score ELSE 0 END
				FROM certification_jury_decision j WHERE j.course_id = r.course_id AND r.course_id = ?""")
			.params(decision.resultStatus(), decision.resultStatus(), courseId)
			.update();
	}

	/** Withdraws the decision: the scorer's result again. */
	void restore(UUID courseId) {
		this.jdbc.sql("""
				UPDATE certification_result r SET status = j.scored_status, pix_score = j.scored_pix_score
				FROM certification_jury_decision j WHERE j.course_id = r.course_id AND r.course_id = ?""")
			.param(courseId)
			.update();
		this.jdbc.sql("DELETE FROM certification_jury_decision WHERE course_id = ?").param(courseId).update();
	}

	private CandidateRow candidate(ResultSet rs, int row) throws SQLException {
		var courseId = rs.getObject("course_id", UUID.class);
		Result result = null;
		if (rs.getString("status") != null) {
			result = new Result(rs.getString("status"), rs.getInt("pix_score"), rs.getInt("reproducibility_rate"),
					List.of(this.json.readValue(rs.getString("competences"),
							CertificationScore.CompetenceScore[].class)),
					List.of(this.json.readValue(rs.getString("jury_errors"), String[].class)));
		}
		Decision decision = null;
		if (rs.getString("decision") != null) {
			decision = new Decision(JuryDecision.valueOf(rs.getString("decision")), rs.getString("comment"),
					rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant(),
					rs.getString("scored_status"), rs.getInt("scored_pix_score"));
		}
		return new CandidateRow(rs.getObject("candidate_id", UUID.class), rs.getString("first_name"),
				rs.getString("last_name"), rs.getDate("birth_date").toLocalDate(), rs.getString("result_email"),
				rs.getObject("user_id", UUID.class), courseId, rs.getString("course_status"),
				rs.getString("abort_reason"), result, decision);
	}

}

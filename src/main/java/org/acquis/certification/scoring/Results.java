package org.acquis.certification.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acquis.certification.scoring.domain.CertificationScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Incidents and results of courses. */
@Repository
class Results {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Results(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void incident(UUID courseId, IncidentCategory category, @org.jspecify.annotations.Nullable String challengeId,
			String description) {
		this.jdbc.sql("""
				INSERT INTO certification_incident (id, course_id, category, challenge_id, description)
				VALUES (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), courseId, category.name(), challengeId, description)
			.update();
	}

	/** The challenges an incident neutralises (if not answered right). */
	Set<String> neutralisingIncidents(UUID courseId) {
		return Set.copyOf(this.jdbc
			.sql("SELECT challenge_id FROM certification_incident WHERE course_id = ? AND challenge_id IS NOT NULL "
					+ "AND category IN ('CHALLENGE_ISSUE', 'TECHNICAL_ISSUE')")
			.param(courseId)
			.query(String.class)
			.list());
	}

	void save(UUID courseId, String scorer, CertificationScore score, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO certification_result (course_id, scorer, status, pix_score, reproducibility_rate,
					  competences, jury_errors, scored_at)
					VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
					ON CONFLICT (course_id) DO UPDATE SET scorer = excluded.scorer, status = excluded.status,
					  pix_score = excluded.pix_score, reproducibility_rate = excluded.reproducibility_rate,
					  competences = excluded.competences, jury_errors = excluded.jury_errors, scored_at = excluded.scored_at""")
			.params(courseId, scorer, score.status().name(), score.pixScore(), score.reproducibilityRate(),
					this.json.writeValueAsString(score.competences()), this.json.writeValueAsString(score.juryErrors()),
					Timestamp.from(at))
			.update();
	}

	/** A session's results, for the jury. */
	List<ResultView> ofSession(long sessionId) {
		return this.jdbc.sql("""
				SELECT r.course_id, k.candidate_id, r.scorer, r.status, r.pix_score, r.reproducibility_rate,
				  r.competences::text, r.jury_errors::text
				FROM certification_result r JOIN certification_course k ON k.id = r.course_id
				WHERE k.session_id = ? ORDER BY k.created_at""")
			.param(sessionId)
			.query((rs, row) -> new ResultView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
					List.of(this.json.readValue(rs.getString(7), CertificationScore.CompetenceScore[].class)),
					List.of(this.json.readValue(rs.getString(8), String[].class))))
			.list();
	}

	/** A course's result as the jury reads it. */
	record ResultView(UUID courseId, UUID candidateId, String scorer, String status, int pixScore,
			int reproducibilityRate, List<CertificationScore.CompetenceScore> competences, List<String> juryErrors) {
	}

}

package org.acquis.certification.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.acquis.certification.draw.DrawnChallenge;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The courses, their draws and the profile each draw was made from. */
@Repository
public class CertificationCourses {

	private final JdbcClient jdbc;

	CertificationCourses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CertificationCourse c, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO certification_course (id, candidate_id, session_id, user_id, status, device_hash, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.candidateId(), c.sessionId(), c.userId(), c.status().name(), c.deviceHash(),
					Timestamp.from(at))
			.update();
	}

	public Optional<CertificationCourse> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM certification_course WHERE id = ?")
			.param(id)
			.query(CertificationCourses::course)
			.optional();
	}

	public Optional<CertificationCourse> lock(UUID id) {
		return this.jdbc.sql("SELECT * FROM certification_course WHERE id = ? FOR UPDATE")
			.param(id)
			.query(CertificationCourses::course)
			.optional();
	}

	public Optional<CertificationCourse> ofCandidate(UUID candidateId) {
		return this.jdbc.sql("SELECT * FROM certification_course WHERE candidate_id = ?")
			.param(candidateId)
			.query(CertificationCourses::course)
			.optional();
	}

	Optional<CertificationCourse> ofAssessment(UUID assessmentId) {
		return this.jdbc.sql("SELECT * FROM certification_course WHERE assessment_id = ?")
			.param(assessmentId)
			.query(CertificationCourses::course)
			.optional();
	}

	public List<CertificationCourse> ofSession(long sessionId) {
		return this.jdbc.sql("SELECT * FROM certification_course WHERE session_id = ?")
			.param(sessionId)
			.query(CertificationCourses::course)
			.list();
	}

	public void authorize(UUID id) {
		this.jdbc.sql("""
				UPDATE certification_course SET
				  status = CASE WHEN status = 'WAITING_AUTHORIZATION' THEN 'AUTHORIZED' ELSE status END,
				  resume_authorized = (status = 'STARTED')
				WHERE id = ?""").param(id).update();
	}

	void rebind(UUID id, String deviceHash) {
		this.jdbc.sql("UPDATE certification_course SET device_hash = ?, resume_authorized = FALSE WHERE id = ?")
			.params(deviceHash, id)
			.update();
	}

	void started(UUID id, UUID assessmentId, int maxLevel, Instant at, Instant deadline) {
		this.jdbc.sql("""
				UPDATE certification_course SET status = 'STARTED', assessment_id = ?, max_level = ?, started_at = ?,
				  deadline = ? WHERE id = ?""")
			.params(assessmentId, maxLevel, Timestamp.from(at), Timestamp.from(deadline), id)
			.update();
	}

	public void ended(UUID id, Instant at) {
		this.jdbc.sql("UPDATE certification_course SET status = 'ENDED_BY_INVIGILATOR', ended_at = ? WHERE id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	public void abortReason(UUID id, @Nullable String reason) {
		this.jdbc.sql("UPDATE certification_course SET abort_reason = ? WHERE id = ?").params(reason, id).update();
	}

	void saveDraw(UUID courseId, List<DrawnChallenge> drawn, Map<String, ProfileAtDraw.Competence> profile) {
		for (int i = 0; i < drawn.size(); i++) {
			var d = drawn.get(i);
			this.jdbc.sql("""
					INSERT INTO certification_drawn_challenge (course_id, position, challenge_id, skill_id, competence)
					VALUES (?, ?, ?, ?, ?)""")
				.params(courseId, i, d.challengeId(), d.skillId(), d.competence())
				.update();
		}
		profile.forEach((code, c) -> this.jdbc.sql("""
				INSERT INTO certification_course_competence (course_id, competence, level, pix) VALUES (?, ?, ?, ?)""")
			.params(courseId, code, c.level(), c.pix())
			.update());
	}

	public List<DrawnChallenge> draw(UUID courseId) {
		return this.jdbc.sql("""
				SELECT challenge_id, skill_id, competence FROM certification_drawn_challenge WHERE course_id = ?
				ORDER BY position""")
			.param(courseId)
			.query((rs, row) -> new DrawnChallenge(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The profile the draw was made from: competence -> level and pix (uncapped). */
	public Map<String, ProfileAtDraw.Competence> profile(UUID courseId) {
		var profile = new java.util.TreeMap<String, ProfileAtDraw.Competence>();
		this.jdbc.sql("SELECT competence, level, pix FROM certification_course_competence WHERE course_id = ?")
			.param(courseId)
			.query((rs, row) -> profile.put(rs.getString(1), new ProfileAtDraw.Competence(rs.getInt(2), rs.getInt(3))))
			.list();
		return profile;
	}

	private static CertificationCourse course(ResultSet rs, int row) throws SQLException {
		return new CertificationCourse(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
				rs.getLong("session_id"), rs.getObject("user_id", UUID.class),
				CourseStatus.valueOf(rs.getString("status")), rs.getString("device_hash"),
				rs.getBoolean("resume_authorized"), rs.getObject("assessment_id", UUID.class),
				(Integer) rs.getObject("max_level"), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("ended_at")),
				rs.getString("abort_reason"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}

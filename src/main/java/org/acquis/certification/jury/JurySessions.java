package org.acquis.certification.jury;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.certification.session.SessionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sessions as the jury sees them: finalised and later, with their counts; the jury's
 * columns of {@code certification_session}.
 */
@Repository
class JurySessions {

	static final int MAX_LISTED = 500;

	private static final String SELECT = """
			SELECT s.id, s.center_id, c.name AS center_name, s.date, s.time, s.status, s.examiner_comment,
			  s.finalized_at, s.jury_assignee, s.jury_assigned_at, s.jury_comment, s.published_at,
			  (SELECT count(*) FROM certification_candidate d WHERE d.session_id = s.id) AS candidates,
			  (SELECT count(*) FROM certification_result r JOIN certification_course k ON k.id = r.course_id
			   WHERE k.session_id = s.id) AS results,
			  (SELECT count(*) FROM certification_result r JOIN certification_course k ON k.id = r.course_id
			   LEFT JOIN certification_jury_decision j ON j.course_id = r.course_id
			   WHERE k.session_id = s.id AND jsonb_array_length(r.jury_errors) > 0 AND j.course_id IS NULL)
			  AS required_actions
			FROM certification_session s JOIN certification_center c ON c.id = s.center_id
			""";

	private final JdbcClient jdbc;

	JurySessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A session as the jury reads it, with its counts. */
	record JurySession(long id, UUID centerId, String centerName, LocalDate date, LocalTime time, SessionStatus status,
			@Nullable String examinerComment, @Nullable Instant finalizedAt, @Nullable UUID assignee,
			@Nullable Instant assignedAt, @Nullable String juryComment, @Nullable Instant publishedAt, int candidates,
			int results, int requiredActions) {
	}

	/** Finalised sessions and later, the oldest finalised first; one status if given. */
	List<JurySession> list(@Nullable SessionStatus status) {
		var where = status == null ? "WHERE s.status <> 'CREATED'" : "WHERE s.status = ?";
		var sql = this.jdbc.sql(SELECT + where + " ORDER BY s.finalized_at, s.id LIMIT " + MAX_LISTED);
		if (status != null) {
			sql = sql.param(status.name());
		}
		return sql.query(JurySessions::session).list();
	}

	Optional<JurySession> find(long id) {
		return this.jdbc.sql(SELECT + "WHERE s.id = ?").param(id).query(JurySessions::session).optional();
	}

	/** Locks the session's row until the end of the transaction; its status. */
	Optional<SessionStatus> lock(long id) {
		return this.jdbc.sql("SELECT status FROM certification_session WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, row) -> SessionStatus.valueOf(rs.getString(1)))
			.optional();
	}

	void assign(long id, UUID assignee, SessionStatus status, Instant at) {
		this.jdbc.sql("""
				UPDATE certification_session SET jury_assignee = ?, jury_assigned_at = ?, status = ? WHERE id = ?""")
			.params(assignee, Timestamp.from(at), status.name(), id)
			.update();
	}

	void comment(long id, @Nullable String comment) {
		this.jdbc.sql("UPDATE certification_session SET jury_comment = ? WHERE id = ?").params(comment, id).update();
	}

	void publish(long id, UUID assignee, Instant at) {
		this.jdbc.sql("""
				UPDATE certification_session SET status = 'PROCESSED', published_at = ?,
				  jury_assignee = coalesce(jury_assignee, ?), jury_assigned_at = coalesce(jury_assigned_at, ?)
				WHERE id = ?""").params(Timestamp.from(at), assignee, Timestamp.from(at), id).update();
	}

	void unpublish(long id) {
		this.jdbc.sql("UPDATE certification_session SET status = 'IN_PROCESS', published_at = NULL WHERE id = ?")
			.param(id)
			.update();
	}

	/** The e-mail addresses' owners of a centre's administrators (its referents). */
	List<UUID> centerAdmins(UUID centerId) {
		return this.jdbc
			.sql("SELECT user_id FROM certification_center_membership WHERE center_id = ? AND role = 'ADMIN' "
					+ "ORDER BY created_at")
			.param(centerId)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list();
	}

	private static JurySession session(ResultSet rs, int row) throws SQLException {
		return new JurySession(rs.getLong("id"), rs.getObject("center_id", UUID.class), rs.getString("center_name"),
				rs.getDate("date").toLocalDate(), rs.getTime("time").toLocalTime(),
				SessionStatus.valueOf(rs.getString("status")), rs.getString("examiner_comment"),
				instant(rs.getTimestamp("finalized_at")), rs.getObject("jury_assignee", UUID.class),
				instant(rs.getTimestamp("jury_assigned_at")), rs.getString("jury_comment"),
				instant(rs.getTimestamp("published_at")), rs.getInt("candidates"), rs.getInt("results"),
				rs.getInt("required_actions"));
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

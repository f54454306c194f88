package org.acquis.certification.session;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions' table. */
@Repository
public class Sessions {

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(UUID centerId, CertificationSession.Details details, String accessCode, String password, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO certification_session (center_id, address, room, date, time, examiner, description,
				  access_code, invigilator_password, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?) RETURNING id""")
			.params(centerId, details.address(), details.room(), Date.valueOf(details.date()),
					Time.valueOf(details.time()), details.examiner(), details.description(), accessCode, password,
					Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<CertificationSession> find(long id) {
		return this.jdbc.sql("SELECT * FROM certification_session WHERE id = ?")
			.param(id)
			.query(Sessions::session)
			.optional();
	}

	/** Locks the session's row until the end of the transaction. */
	public Optional<CertificationSession> lock(long id) {
		return this.jdbc.sql("SELECT * FROM certification_session WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Sessions::session)
			.optional();
	}

	List<CertificationSession> ofCenter(UUID centerId) {
		return this.jdbc
			.sql("SELECT * FROM certification_session WHERE center_id = ? ORDER BY date DESC, time DESC, id")
			.param(centerId)
			.query(Sessions::session)
			.list();
	}

	void update(long id, CertificationSession.Details details) {
		this.jdbc.sql("""
				UPDATE certification_session SET address = ?, room = ?, date = ?, time = ?, examiner = ?,
				  description = ? WHERE id = ?""")
			.params(details.address(), details.room(), Date.valueOf(details.date()), Time.valueOf(details.time()),
					details.examiner(), details.description(), id)
			.update();
	}

	boolean hasCourses(long id) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM certification_course WHERE session_id = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM certification_candidate WHERE session_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM certification_session WHERE id = ?").param(id).update();
	}

	public void finalize(long id, @Nullable String examinerComment, Instant at) {
		this.jdbc.sql("""
				UPDATE certification_session SET status = 'FINALIZED', examiner_comment = ?, finalized_at = ?
				WHERE id = ?""").params(examinerComment, Timestamp.from(at), id).update();
	}

	/**
	 * A wrong invigilator password: counted; the n-th in a row locks until
	 * {@code lockedUntil}.
	 */
	public int countInvigilatorFailure(long id, @Nullable Instant lockedUntil) {
		return this.jdbc.sql("""
				UPDATE certification_session SET invigilator_failures = invigilator_failures + 1,
				  invigilator_locked_until = coalesce(?, invigilator_locked_until)
				WHERE id = ? RETURNING invigilator_failures""")
			.params(lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
			.query(Integer.class)
			.single();
	}

	public void resetInvigilatorFailures(long id) {
		this.jdbc.sql("UPDATE certification_session SET invigilator_failures = 0 WHERE id = ?").param(id).update();
	}

	public InvigilatorLock invigilatorLock(long id) {
		return this.jdbc.sql(
				"SELECT invigilator_failures, invigilator_locked_until FROM certification_session WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, row) -> new InvigilatorLock(rs.getInt(1), instant(rs.getTimestamp(2))))
			.single();
	}

	/** Wrong invigilator passwords so far, and until when the next ones are refused. */
	public record InvigilatorLock(int failures, @Nullable Instant lockedUntil) {
	}

	private static CertificationSession session(ResultSet rs, int row) throws SQLException {
		var details = new CertificationSession.Details(rs.getString("address"), rs.getString("room"),
				rs.getDate("date").toLocalDate(), rs.getTime("time").toLocalTime(), rs.getString("examiner"),
				rs.getString("description"));
		return new CertificationSession(rs.getLong("id"), rs.getObject("center_id", UUID.class), details,
				rs.getString("access_code"), rs.getString("invigilator_password"),
				SessionStatus.valueOf(rs.getString("status")), rs.getString("examiner_comment"),
				instant(rs.getTimestamp("finalized_at")), rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

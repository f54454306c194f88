package org.acquis.certification.session;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates' table. */
@Repository
public class Candidates {

	private final JdbcClient jdbc;

	Candidates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Candidate candidate, Instant at) {
		var p = candidate.person();
		this.jdbc.sql("""
				INSERT INTO certification_candidate (id, session_id, first_name, last_name, birth_date, sex,
				  birth_insee_code, birth_postal_code, birth_city, birth_country, result_email, external_id,
				  extra_time_percent, adjusted_test, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(candidate.id(), candidate.sessionId(), p.firstName(), p.lastName(), Date.valueOf(p.birthDate()),
					p.sex(), p.birthInseeCode(), p.birthPostalCode(), p.birthCity(), p.birthCountry(), p.resultEmail(),
					p.externalId(), p.extraTimePercent(), p.adjustedTest(), Timestamp.from(at))
			.update();
	}

	/**
	 * A learner of the school's list, enrolled once: false (nothing inserted) if this
	 * learner is already a candidate of the session.
	 */
	boolean insertLearner(Candidate candidate, UUID learnerId, Instant at) {
		var p = candidate.person();
		return this.jdbc.sql("""
				INSERT INTO certification_candidate (id, session_id, first_name, last_name, birth_date,
				  extra_time_percent, adjusted_test, organization_learner_id, created_at)
				VALUES (?, ?, ?, ?, ?, 0, FALSE, ?, ?)
				ON CONFLICT (session_id, organization_learner_id) WHERE organization_learner_id IS NOT NULL
				DO NOTHING""")
			.params(candidate.id(), candidate.sessionId(), p.firstName(), p.lastName(), Date.valueOf(p.birthDate()),
					learnerId, Timestamp.from(at))
			.update() == 1;
	}

	/** The school learners enrolled in the session. */
	Set<UUID> learnersOf(long sessionId) {
		return new HashSet<>(this.jdbc.sql("""
				SELECT organization_learner_id FROM certification_candidate
				WHERE session_id = ? AND organization_learner_id IS NOT NULL""")
			.param(sessionId)
			.query(UUID.class)
			.list());
	}

	public Optional<Candidate> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM certification_candidate WHERE id = ?")
			.param(id)
			.query(Candidates::candidate)
			.optional();
	}

	public List<Candidate> ofSession(long sessionId) {
		return this.jdbc
			.sql("SELECT * FROM certification_candidate WHERE session_id = ? ORDER BY last_name, first_name")
			.param(sessionId)
			.query(Candidates::candidate)
			.list();
	}

	boolean exists(long sessionId, Candidate.Person person) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM certification_candidate WHERE session_id = ?
				  AND lower(last_name) = lower(?) AND lower(first_name) = lower(?) AND birth_date = ?)""")
			.params(sessionId, person.lastName(), person.firstName(), Date.valueOf(person.birthDate()))
			.query(Boolean.class)
			.single();
	}

	/** Links the account that joined as this candidate; false if another one did. */
	public boolean link(UUID candidateId, UUID userId) {
		return this.jdbc
			.sql("UPDATE certification_candidate SET user_id = ? WHERE id = ? AND (user_id IS NULL OR user_id = ?)")
			.params(userId, candidateId, userId)
			.update() == 1;
	}

	void delete(UUID candidateId) {
		this.jdbc.sql("DELETE FROM certification_candidate WHERE id = ?").param(candidateId).update();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		var person = new Candidate.Person(rs.getString("first_name"), rs.getString("last_name"),
				rs.getDate("birth_date").toLocalDate(), rs.getString("sex"), rs.getString("birth_insee_code"),
				rs.getString("birth_postal_code"), rs.getString("birth_city"), rs.getString("birth_country"),
				rs.getString("result_email"), rs.getString("external_id"), rs.getInt("extra_time_percent"),
				rs.getBoolean("adjusted_test"));
		return new Candidate(rs.getObject("id", UUID.class), rs.getLong("session_id"), person,
				rs.getObject("user_id", UUID.class));
	}

}

package org.acquis.certification.certificate;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acquis.certification.CertificationSessionPublished;
import org.acquis.certification.CertificationSessionUnpublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scored sessions written straight into certification's tables, and their publication as
 * the jury does it (status, {@code published_at} and the event, in one transaction): the
 * jury's endpoint is not needed to test certificates.
 */
public final class PublishedCertificates {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public PublishedCertificates(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** One candidate's scored result: levels per competence (-1: not certified). */
	public record Result(UUID owner, String firstName, String lastName, String status, int pix,
			Map<String, Integer> levels) {
	}

	/** A finalised session of a new centre; its number. */
	public long session(String centerName, LocalDate date) {
		var center = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO certification_center (id, name, type, created_at) VALUES (?, ?, 'SCO', ?)")
			.params(center, centerName, now())
			.update();
		return this.jdbc.sql("""
				INSERT INTO certification_session (center_id, address, room, date, time, examiner, description,
				  access_code, invigilator_password, status, finalized_at, created_at)
				VALUES (?, '1 rue de la Paix', 'B12', ?, ?, 'M. Durand', '', 'ACCESS23', 'INVIG234', 'FINALIZED', ?, ?)
				RETURNING id""")
			.params(center, Date.valueOf(date), Time.valueOf(LocalTime.of(9, 0)), now(), now())
			.query(Long.class)
			.single();
	}

	/** A candidate of the session who took the test and was scored; the course's id. */
	public UUID result(long session, Result result) {
		var candidate = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO certification_candidate (id, session_id, first_name, last_name, birth_date, birth_city,
				  birth_country, user_id, created_at) VALUES (?, ?, ?, ?, ?, 'Saint-Étienne', 'France', ?, ?)""")
			.params(candidate, session, result.firstName(), result.lastName(), Date.valueOf("2010-03-14"),
					result.owner(), now())
			.update();
		var course = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO certification_course (id, candidate_id, session_id, user_id, status, device_hash,
				  created_at) VALUES (?, ?, ?, ?, 'COMPLETED', 'x', ?)""")
			.params(course, candidate, session, result.owner(), now())
			.update();
		var competences = result.levels()
			.entrySet()
			.stream()
			.map(e -> "{\"competence\":\"" + e.getKey() + "\",\"level\":" + e.getValue() + ",\"pix\":"
					+ Math.max(0, 8 * e.getValue()) + "}")
			.collect(Collectors.joining(",", "[", "]"));
		this.jdbc.sql("""
				INSERT INTO certification_result (course_id, scorer, status, pix_score, reproducibility_rate,
				  competences, jury_errors, scored_at) VALUES (?, 'v2', ?, ?, 90, ?::jsonb, '[]'::jsonb, ?)""")
			.params(course, result.status(), result.pix(), competences, now())
			.update();
		return course;
	}

	public void publish(long session) {
		this.transactions.executeWithoutResult(status -> {
			var at = this.clock.instant();
			this.jdbc.sql("UPDATE certification_session SET status = 'PROCESSED', published_at = ? WHERE id = ?")
				.params(Timestamp.from(at), session)
				.update();
			this.events.publishEvent(new CertificationSessionPublished(session, at));
		});
	}

	public void unpublish(long session) {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("UPDATE certification_session SET status = 'IN_PROCESS', published_at = NULL WHERE id = ?")
				.param(session)
				.update();
			this.events.publishEvent(new CertificationSessionUnpublished(session, this.clock.instant()));
		});
	}

	/** The result's verification code, null before its first publication. */
	public String code(UUID course) {
		var code = this.jdbc.sql("SELECT coalesce(verification_code, '') FROM certification_result WHERE course_id = ?")
			.param(course)
			.query(String.class)
			.single();
		return code.isEmpty() ? null : code;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}

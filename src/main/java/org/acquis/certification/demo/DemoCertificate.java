package org.acquis.certification.demo;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.acquis.certification.CertificationSessionPublished;
import org.acquis.certification.CertificationSettings;
import org.acquis.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code acquis.certification.demo}: an earlier session of the demo centre, already
 * scored and published, in which the demo pupil {@code eleve@acquis.demo} (as Camille
 * Élève) earned a validated certificate, so that {@code /mes-certifications} and the
 * verification show one. Created once (published as the jury does: status, date and the
 * event, which gives the code); its verification code is printed at each start.
 */
@Component
class DemoCertificate {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificate.class);

	private static final String COMPETENCES = """
			[{"competence":"1.1","level":3,"pix":24},{"competence":"1.2","level":2,"pix":16},
			 {"competence":"1.3","level":1,"pix":8},{"competence":"2.1","level":2,"pix":16},
			 {"competence":"2.2","level":1,"pix":8},{"competence":"3.1","level":2,"pix":16},
			 {"competence":"4.1","level":1,"pix":8},{"competence":"5.1","level":2,"pix":16}]""";

	private final CertificationSettings settings;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemoCertificate(CertificationSettings settings, UserDirectory users, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.users = users;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(110)
	@Transactional
	void create() {
		if (!this.settings.demo()) {
			return;
		}
		var pupil = this.users.findByLogin("eleve@acquis.demo");
		var center = this.jdbc.sql("SELECT id FROM certification_center WHERE name = ?")
			.param(DemoCertification.CENTER)
			.query(UUID.class)
			.optional();
		if (pupil.isEmpty() || center.isEmpty()) {
			return;
		}
		var code = existing(pupil.get().id()).orElseGet(() -> publish(center.get(), pupil.get().id()));
		log.info("""

				  Certification demo: eleve@acquis.demo holds a published certificate (/mes-certifications),
				    verification code {} (/verification/{})
				""", code, code);
	}

	private java.util.Optional<String> existing(UUID pupil) {
		return this.jdbc.sql("""
				SELECT r.verification_code FROM certification_result r
				JOIN certification_course k ON k.id = r.course_id
				JOIN certification_session s ON s.id = k.session_id
				WHERE k.user_id = ? AND s.published_at IS NOT NULL AND r.verification_code IS NOT NULL""")
			.param(pupil)
			.query(String.class)
			.optional();
	}

	private String publish(UUID center, UUID pupil) {
		var now = Timestamp.from(this.clock.instant());
		var earliest = this.jdbc.sql("SELECT coalesce(min(date), ?) FROM certification_session WHERE center_id = ?")
			.params(Date.valueOf(LocalDate.now(this.clock.withZone(ZoneOffset.UTC))), center)
			.query(LocalDate.class)
			.single();
		long session = this.jdbc
			.sql("""
					INSERT INTO certification_session (center_id, address, room, date, time, examiner, description,
					  access_code, invigilator_password, status, examiner_comment, finalized_at, created_at)
					VALUES (?, '1 rue de la Démo, Paris', 'Salle 2', ?, ?, 'Claire Centre', 'Session de démonstration publiée',
					  'DEMOPUBL', 'DEMOPUBL', 'FINALIZED', 'RAS', ?, ?) RETURNING id""")
			.params(center, Date.valueOf(earliest.minusDays(21)), Time.valueOf(LocalTime.of(14, 0)), now, now)
			.query(Long.class)
			.single();
		var candidate = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO certification_candidate (id, session_id, first_name, last_name, birth_date, birth_city,
				  birth_country, user_id, created_at) VALUES (?, ?, 'Camille', 'Élève', ?, 'Paris', 'France', ?, ?)""")
			.params(candidate, session, Date.valueOf("2010-09-01"), pupil, now)
			.update();
		var course = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO certification_course (id, candidate_id, session_id, user_id, status, device_hash, created_at)
					VALUES (?, ?, ?, ?, 'COMPLETED', 'demo', ?)""")
			.params(course, candidate, session, pupil, now)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO certification_result (course_id, scorer, status, pix_score, reproducibility_rate, competences,
					  jury_errors, scored_at) VALUES (?, 'v2', 'VALIDATED', 112, 92, ?::jsonb, '[]'::jsonb, ?)""")
			.params(course, COMPETENCES, now)
			.update();
		this.jdbc.sql("UPDATE certification_session SET status = 'PROCESSED', published_at = ? WHERE id = ?")
			.params(now, session)
			.update();
		this.events.publishEvent(new CertificationSessionPublished(session, now.toInstant()));
		return existing(pupil).orElseThrow();
	}

}

package org.acquis.certification.demo;

import java.util.UUID;

import org.acquis.certification.CertificationSettings;
import org.acquis.certification.center.ManageCenters;
import org.acquis.identity.CurrentUser;
import org.acquis.identity.UserDirectory;
import org.acquis.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code acquis.certification.demo}: a demo centre linked to no organisation, the
 * demo account {@code centre@acquis.demo} as its ADMIN, a session ready to run with three
 * candidates (the demo pupil among them). Created once; its codes are printed.
 */
@Component
class DemoCertification {

	private static final Logger log = LoggerFactory.getLogger(DemoCertification.class);

	static final String CENTER = "Centre de démonstration";

	private final CertificationSettings settings;

	private final UserDirectory users;

	private final ManageCenters centers;

	private final org.acquis.certification.session.DemoSession sessions;

	private final JdbcClient jdbc;

	DemoCertification(CertificationSettings settings, UserDirectory users, ManageCenters centers,
			org.acquis.certification.session.DemoSession sessions, JdbcClient jdbc) {
		this.settings = settings;
		this.users = users;
		this.centers = centers;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	@Transactional
	void create() {
		if (!this.settings.demo()) {
			return;
		}
		var member = this.users.findByLogin("centre@acquis.demo");
		if (member.isEmpty()) {
			log.info("Certification demo: no account centre@acquis.demo (acquis.identity.demo-accounts is off)");
			return;
		}
		var existing = this.jdbc.sql("SELECT id FROM certification_center WHERE name = ?")
			.param(CENTER)
			.query(UUID.class)
			.optional();
		var centerId = existing.orElseGet(() -> this.centers.create(CENTER, "SCO", null));
		if (existing.isEmpty()) {
			this.centers.putMember(centerId, member.get().id(), "ADMIN");
		}
		var user = new CurrentUser(member.get().id(), java.util.Set.of(), java.util.Locale.FRENCH);
		try {
			var session = this.sessions.readyToRun(centerId, user, existing.isEmpty());
			log.info(
					"""

							  Certification demo: centre member centre@acquis.demo, session {} (access code {}, invigilator password {})
							    candidates: Camille Élève, Inès Durand, Hugo Bernard, born 2010-09-01 (the pupil eleve@acquis.demo
							    joins as Camille Élève once 5 competences reach level 1); invigilator page: /surveillance
							""",
					session.id(), session.accessCode(), session.invigilatorPassword());
		}
		catch (DomainException ex) {
			log.warn("Certification demo not created: {}", ex.code());
		}
	}

}

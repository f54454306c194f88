package org.acquis.certification.session;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo's session, ready to run: three candidates enrolled (module demo only). */
@Component
public class DemoSession {

	private final ManageSessions manage;

	private final EnrolCandidates enrol;

	private final Sessions sessions;

	DemoSession(ManageSessions manage, EnrolCandidates enrol, Sessions sessions) {
		this.manage = manage;
		this.enrol = enrol;
		this.sessions = sessions;
	}

	/** Creates it when asked, else finds the centre's latest. */
	public CertificationSession readyToRun(UUID centerId, CurrentUser member, boolean create) {
		if (!create) {
			return this.sessions.ofCenter(centerId)
				.stream()
				.findFirst()
				.orElseGet(() -> readyToRun(centerId, member, true));
		}
		var today = LocalDate.now(ZoneOffset.UTC).toString();
		var session = this.manage.create(centerId, new ManageSessions.SessionForm("1 rue de la Démo, Paris", "Salle 1",
				today, "09:00", "Claire Centre", "Session de démonstration"), member);
		for (var name : new String[][] { { "Camille", "Élève" }, { "Inès", "Durand" }, { "Hugo", "Bernard" } }) {
			this.enrol.enrol(session.id(), new CandidateForm(name[0], name[1], "2010-09-01", null, null, null, null,
					null, null, null, name[0].equals("Hugo") ? "30" : null, null), member);
		}
		return session;
	}

}

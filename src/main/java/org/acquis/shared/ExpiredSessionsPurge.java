package org.acquis.shared;

import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session's own clean-up of expired HTTP sessions ({@code spring_session}), run by
 * a recurring job ({@link SharedJobs}) on one node at a time instead of its cron on every
 * node ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class ExpiredSessionsPurge {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessionsPurge(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	void purge() {
		this.sessions.cleanUpExpiredSessions();
	}

}

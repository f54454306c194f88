package org.acquis.organization.terms;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.acquis.organization.OrganizationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The terms of use of the organisation space, accepted once per version
 * ({@code acquis.organization.terms-version}) before the first use of {@code /orga}.
 */
@Component
class SpaceTerms {

	private final JdbcClient jdbc;

	private final OrganizationSettings settings;

	private final Clock clock;

	SpaceTerms(JdbcClient jdbc, OrganizationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	boolean accepted(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM organization_terms_acceptance WHERE user_id = ? AND version = ?")
			.params(userId, this.settings.termsVersion())
			.query(Long.class)
			.single() > 0;
	}

	void accept(UUID userId) {
		this.jdbc.sql("""
				INSERT INTO organization_terms_acceptance (user_id, version, accepted_at) VALUES (?, ?, ?)
				ON CONFLICT ON CONSTRAINT terms_accepted_once_per_version DO NOTHING""")
			.params(userId, this.settings.termsVersion(), Timestamp.from(this.clock.instant()))
			.update();
	}

	String version() {
		return this.settings.termsVersion();
	}

}

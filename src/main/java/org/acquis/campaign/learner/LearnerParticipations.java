package org.acquis.campaign.learner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.organization.MemberOrganization;
import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationLearner;
import org.acquis.organization.OrganizationLearners;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The participations of one learner of an organisation's list (matched to the record when
 * joining), newest first, former ones (before a retake) included. For the organisation's
 * members; to anyone else the organisation does not exist, and a learner of another
 * organisation is not found.
 */
@Component
class LearnerParticipations {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Europe/Paris"));

	private final JdbcClient jdbc;

	private final Memberships memberships;

	private final OrganizationLearners learners;

	LearnerParticipations(JdbcClient jdbc, Memberships memberships, OrganizationLearners learners) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.learners = learners;
	}

	record Row(UUID participationId, UUID campaignId, String campaignName, String campaignType, String status,
			boolean improved, Instant createdAt, @Nullable Instant sharedAt, @Nullable BigDecimal masteryRate) {

		/** The day it was shared, in France, for the pages. */
		public String sharedOn() {
			return this.sharedAt == null ? "" : DAY.format(this.sharedAt);
		}

	}

	record Seen(MemberOrganization organization, OrganizationLearner learner, List<Row> participations) {
	}

	Seen of(UUID organizationId, UUID learnerId, CurrentUser user) {
		var organization = this.memberships.require(organizationId, user.id());
		var learner = this.learners.find(organizationId, learnerId)
			.orElseThrow(() -> DomainException.notFound("LEARNER_NOT_FOUND"));
		var rows = this.jdbc.sql("""
				SELECT p.id, p.campaign_id, c.name, c.type, p.status, p.improved, p.created_at, p.shared_at,
				       p.mastery_rate
				FROM campaign_participation p JOIN campaign c ON c.id = p.campaign_id
				WHERE c.organization_id = ? AND p.organization_learner_id = ?
				ORDER BY p.created_at DESC, p.id""")
			.params(organizationId, learnerId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
					"SHARED".equals(rs.getString(5)) ? rs.getBigDecimal(9) : null))
			.list();
		return new Seen(organization, learner, rows);
	}

}

package org.acquis.campaign.badge;

import java.util.List;
import java.util.UUID;

import org.acquis.campaign.mastery.BadgeCriterion;
import org.acquis.campaign.mastery.SkillOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The badges of a participation: evaluated from the copy of the results when it is shared
 * and kept (a badge made later changes nothing of what was sent); before sharing, those
 * the results would earn now.
 */
@Component
public class EarnedBadges {

	private final Badges badges;

	private final JdbcClient jdbc;

	EarnedBadges(Badges badges, JdbcClient jdbc) {
		this.badges = badges;
		this.jdbc = jdbc;
	}

	public record Earned(String key, String title, String message) {
	}

	public List<Earned> earned(UUID targetProfileId, List<SkillOutcome> outcomes) {
		return earnedBadges(targetProfileId, outcomes).stream().map(EarnedBadges::earned).toList();
	}

	/** Keeps the badges the shared results earn (in the share's transaction). */
	public void award(UUID participationId, UUID targetProfileId, List<SkillOutcome> outcomes) {
		for (var badge : earnedBadges(targetProfileId, outcomes)) {
			this.jdbc
				.sql("INSERT INTO campaign_acquired_badge (participation_id, badge_id) VALUES (?, ?)"
						+ " ON CONFLICT DO NOTHING")
				.params(participationId, badge.id())
				.update();
		}
	}

	/** The badges a shared participation earned. */
	public List<Earned> of(UUID participationId) {
		return this.jdbc.sql("""
				SELECT b.key, b.title, b.message FROM campaign_acquired_badge a
				JOIN campaign_badge b ON b.id = a.badge_id
				WHERE a.participation_id = ? ORDER BY b.created_at, b.key""")
			.param(participationId)
			.query((rs, row) -> new Earned(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<Badge> earnedBadges(UUID targetProfileId, List<SkillOutcome> outcomes) {
		return this.badges.ofTargetProfile(targetProfileId)
			.stream()
			.filter(b -> BadgeCriterion.allMet(b.criteria(), outcomes))
			.toList();
	}

	private static Earned earned(Badge badge) {
		return new Earned(badge.key(), badge.title(), badge.message());
	}

}

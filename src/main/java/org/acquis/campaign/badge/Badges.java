package org.acquis.campaign.badge;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.acquis.campaign.mastery.BadgeCriterion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table of badges and their criteria. */
@Component
class Badges {

	private final JdbcClient jdbc;

	Badges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the badge unless its key is taken in its target profile; true if inserted.
	 */
	boolean insert(Badge badge, Instant now) {
		int inserted = this.jdbc.sql("""
				INSERT INTO campaign_badge (id, target_profile_id, key, title, message, created_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT one_badge_per_key DO NOTHING""")
			.params(badge.id(), badge.targetProfileId(), badge.key(), badge.title(), badge.message(),
					Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		int position = 0;
		for (var criterion : badge.criteria()) {
			this.jdbc
				.sql("INSERT INTO campaign_badge_criterion (badge_id, position, threshold, tubes) VALUES (?, ?, ?, ?)")
				.params(badge.id(), position++, criterion.threshold(),
						criterion.tubes() == null ? null : criterion.tubes().stream().sorted().toArray(String[]::new))
				.update();
		}
		return true;
	}

	List<Badge> ofTargetProfile(UUID targetProfileId) {
		var badges = new LinkedHashMap<UUID, Badge>();
		var criteria = new LinkedHashMap<UUID, List<BadgeCriterion>>();
		this.jdbc.sql("""
				SELECT b.id, b.key, b.title, b.message, c.threshold, c.tubes
				FROM campaign_badge b JOIN campaign_badge_criterion c ON c.badge_id = b.id
				WHERE b.target_profile_id = ? ORDER BY b.created_at, b.key, c.position""")
			.param(targetProfileId)
			.query(rs -> {
				var id = rs.getObject(1, UUID.class);
				badges.putIfAbsent(id,
						new Badge(id, targetProfileId, rs.getString(2), rs.getString(3), rs.getString(4), List.of()));
				criteria.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new BadgeCriterion(rs.getInt(5), tubes(rs.getArray(6))));
			});
		return badges.values()
			.stream()
			.map(b -> new Badge(b.id(), b.targetProfileId(), b.key(), b.title(), b.message(),
					criteria.getOrDefault(b.id(), List.of())))
			.toList();
	}

	private static @Nullable Set<String> tubes(@Nullable Array array) throws SQLException {
		return array == null ? null : Set.of((String[]) array.getArray());
	}

}

package org.acquis.evaluation.profile;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile's first-visit welcome: shown to a learner who has started no evaluation,
 * until they close it; it suggests a few competences to begin with.
 */
@Component
class Welcome {

	/** Short, everyday competences to begin with (search, communicate, protect). */
	static final List<String> SUGGESTED = List.of("1.1", "2.1", "4.1");

	private final JdbcClient jdbc;

	Welcome(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean shown(UUID userId, Profile profile) {
		return profile.competences().stream().allMatch(c -> c.status() == CompetenceStatus.NOT_STARTED)
				&& this.jdbc.sql("SELECT count(*) FROM evaluation_welcome_dismissed WHERE user_id = ?")
					.param(userId)
					.query(Long.class)
					.single() == 0;
	}

	List<Scorecard> suggestions(Profile profile) {
		return profile.competences().stream().filter(c -> SUGGESTED.contains(c.code())).toList();
	}

	@Transactional
	void dismiss(UUID userId) {
		this.jdbc.sql("INSERT INTO evaluation_welcome_dismissed (user_id) VALUES (?) ON CONFLICT DO NOTHING")
			.param(userId)
			.update();
	}

}

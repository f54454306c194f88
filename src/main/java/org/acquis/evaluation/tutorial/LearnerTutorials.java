package org.acquis.evaluation.tutorial;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Tutorial;
import org.acquis.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tutorials a learner saved or found useful, both toggles. Saving twice is saving once.
 */
@Component
public class LearnerTutorials {

	private final JdbcClient jdbc;

	private final ContentBank bank;

	LearnerTutorials(JdbcClient jdbc, ContentBank bank) {
		this.jdbc = jdbc;
		this.bank = bank;
	}

	@Transactional
	public void save(UUID userId, String tutorialId, boolean saved) {
		check(tutorialId);
		this.jdbc.sql("""
				INSERT INTO evaluation_learner_tutorial (user_id, tutorial_id, saved) VALUES (?, ?, ?)
				ON CONFLICT (user_id, tutorial_id) DO UPDATE SET saved = EXCLUDED.saved, updated_at = now()""")
			.params(userId, tutorialId, saved)
			.update();
	}

	/** Marks a tutorial useful, or no longer useful: a toggle, as saving. */
	@Transactional
	public void markUseful(UUID userId, String tutorialId, boolean useful) {
		check(tutorialId);
		this.jdbc.sql("""
				INSERT INTO evaluation_learner_tutorial (user_id, tutorial_id, useful) VALUES (?, ?, ?)
				ON CONFLICT (user_id, tutorial_id) DO UPDATE SET useful = EXCLUDED.useful, updated_at = now()""")
			.params(userId, tutorialId, useful)
			.update();
	}

	public List<Tutorial> saved(UUID userId) {
		return this.jdbc.sql(
				"SELECT tutorial_id FROM evaluation_learner_tutorial WHERE user_id = ? AND saved ORDER BY updated_at DESC")
			.param(userId)
			.query(String.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.flatMap(id -> this.bank.tutorial(id).stream())
			.toList();
	}

	public Marks marks(UUID userId) {
		var rows = this.jdbc.sql(
				"SELECT tutorial_id, saved, coalesce(useful, FALSE) AS useful FROM evaluation_learner_tutorial WHERE user_id = ?")
			.param(userId)
			.query((rs,
					i) -> new String[] { rs.getString(1), String.valueOf(rs.getBoolean(2)),
							String.valueOf(rs.getBoolean(3)) })
			.list();
		return new Marks(rows.stream().filter(r -> Boolean.parseBoolean(r[1])).map(r -> r[0]).toList(),
				rows.stream().filter(r -> Boolean.parseBoolean(r[2])).map(r -> r[0]).toList());
	}

	private void check(String tutorialId) {
		if (this.bank.tutorial(tutorialId).isEmpty()) {
			throw DomainException.notFound("TUTORIAL_NOT_FOUND");
		}
	}

	public record Marks(List<String> saved, List<String> useful) {
	}

}

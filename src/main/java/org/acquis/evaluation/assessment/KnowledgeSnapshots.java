package org.acquis.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * For the other modules: a snapshot of a learner's knowledge ({@link KnowledgeSnapshot}).
 */
@Component
@NamedInterface("knowledge")
public class KnowledgeSnapshots {

	private static final String LATEST_PER_SKILL = """
			SELECT skill_id, tube, framework_code, competence_code, status, source, created_at, assessment_id
			FROM (
			  SELECT DISTINCT ON (skill_id) skill_id, tube, framework_code, competence_code, status, source,
			    created_at, assessment_id
			  FROM evaluation_knowledge_element WHERE user_id = ? AND counts_in_profile
			  ORDER BY skill_id, created_at DESC, id DESC
			) latest
			WHERE status <> 'RESET' ORDER BY framework_code, competence_code, skill_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	KnowledgeSnapshots(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public KnowledgeSnapshot of(UUID userId) {
		var takenAt = this.clock.instant();
		return new KnowledgeSnapshot(userId, takenAt,
				this.jdbc.sql(LATEST_PER_SKILL).param(userId).query(KnowledgeSnapshots::element).list());
	}

	private static KnowledgeSnapshot.Element element(ResultSet rs, int row) throws SQLException {
		return new KnowledgeSnapshot.Element(rs.getString("skill_id"), rs.getString("tube"),
				rs.getString("framework_code"), rs.getString("competence_code"),
				"VALIDATED".equals(rs.getString("status")), "INFERRED".equals(rs.getString("source")),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("assessment_id", UUID.class));
	}

}

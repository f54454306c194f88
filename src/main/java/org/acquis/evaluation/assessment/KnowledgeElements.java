package org.acquis.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeElementSource;
import org.acquis.evaluation.domain.KnowledgeElementStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What answers said about skills, per learner: append-only, newest last. */
@Repository
public class KnowledgeElements {

	private final JdbcClient jdbc;

	KnowledgeElements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<KnowledgeElement> ofCompetence(UUID userId, String competence) {
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, competence_code FROM evaluation_knowledge_element
				WHERE user_id = ? AND competence_code = ? ORDER BY created_at, id""")
			.params(userId, competence)
			.query(KnowledgeElements::map)
			.list();
	}

	/** The knowledge elements of a learner on these skills, oldest first. */
	public List<KnowledgeElement> ofSkills(UUID userId, java.util.Collection<String> skillIds) {
		if (skillIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, competence_code FROM evaluation_knowledge_element
				WHERE user_id = ? AND skill_id = ANY(?::text[]) ORDER BY created_at, id""")
			.params(userId, "{" + String.join(",", skillIds) + "}")
			.query(KnowledgeElements::map)
			.list();
	}

	/** Every knowledge element of a learner, by competence. */
	public Map<String, List<KnowledgeElement>> ofUser(UUID userId) {
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, competence_code FROM evaluation_knowledge_element
				WHERE user_id = ? ORDER BY created_at, id""")
			.param(userId)
			.query((rs, row) -> Map.entry(rs.getString("competence_code"), map(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Where a skill sits: its tube and its competence, written {@code 1.1} for the core framework and
	 * {@code crcn-edu:1.1} for an extension, so that the profile's competences hold core skills only.
	 */
	public record Place(String tube, String competence) {
	}

	/** Appends knowledge elements; {@code places} says where each skill sits. */
	public void insert(UUID userId, Map<String, Place> places, List<KnowledgeElement> elements,
			@Nullable UUID answerId, @Nullable UUID assessmentId) {
		for (var element : elements) {
			var place = places.get(element.skillId());
			if (place == null) {
				continue;
			}
			this.jdbc.sql("""
					INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, competence_code, status, source,
					  answer_id, assessment_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(userId, element.skillId(), place.tube(), place.competence(), element.status().name(),
						element.source().name(), answerId, assessmentId, Timestamp.from(element.createdAt()))
				.update();
		}
	}

	private static KnowledgeElement map(ResultSet rs, int row) throws SQLException {
		return new KnowledgeElement(rs.getString("skill_id"), KnowledgeElementStatus.valueOf(rs.getString("status")),
				KnowledgeElementSource.valueOf(rs.getString("source")), rs.getTimestamp("created_at").toInstant());
	}

}

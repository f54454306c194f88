package org.acquis.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	/** One round trip for all the elements an answer creates (a batch, not one insert per element). */
	public void insert(UUID userId, String competence, Map<String, String> tubeBySkill, List<KnowledgeElement> elements,
			@Nullable UUID answerId, @Nullable UUID assessmentId) {
		if (elements.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, competence_code, status, source,
				  answer_id, assessment_id, created_at)
				SELECT ?, skill_id, tube, ?, status, source, ?, ?, created_at
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) WITH ORDINALITY
				  AS e(skill_id, tube, status, source, created_at, position)
				ORDER BY position""")
			.params(userId, competence, answerId, assessmentId,
					array(elements, KnowledgeElement::skillId),
					array(elements, e -> tubeBySkill.getOrDefault(e.skillId(), "")),
					array(elements, e -> e.status().name()), array(elements, e -> e.source().name()),
					array(elements, e -> e.createdAt().toString()))
			.update();
	}

	private static String[] array(List<KnowledgeElement> elements, java.util.function.Function<KnowledgeElement, String> field) {
		return elements.stream().map(field).toArray(String[]::new);
	}

	private static KnowledgeElement map(ResultSet rs, int row) throws SQLException {
		return new KnowledgeElement(rs.getString("skill_id"), KnowledgeElementStatus.valueOf(rs.getString("status")),
				KnowledgeElementSource.valueOf(rs.getString("source")), rs.getTimestamp("created_at").toInstant());
	}

}

package org.acquis.evaluation.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeElementSource;
import org.acquis.evaluation.domain.KnowledgeElementStatus;
import org.acquis.referential.ContentBank;
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

	/** The knowledge elements of a learner on a competence of the core framework. */
	public List<KnowledgeElement> ofCompetence(UUID userId, String competence) {
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, assessment_id FROM evaluation_knowledge_element
				WHERE user_id = ? AND framework_code = ? AND competence_code = ? AND counts_in_profile
				ORDER BY created_at, id""")
			.params(userId, ContentBank.CORE, competence)
			.query(KnowledgeElements::map)
			.list();
	}

	/**
	 * The knowledge elements of a learner on these skills that count for an assessment
	 * (those of the profile, and its own), oldest first. Read through the competences the
	 * skills sit in, which the (user, framework, competence) index serves directly (a
	 * skill id is unique across frameworks: the skills keep the result exact): a
	 * learner's elements are spread over the table, so reading all of them to keep a few
	 * skills cost a millisecond per question.
	 */
	public List<KnowledgeElement> ofSkills(UUID userId, Map<String, Place> places, UUID assessmentId) {
		if (places.isEmpty()) {
			return List.of();
		}
		var frameworks = places.values().stream().map(Place::framework).distinct().toArray(String[]::new);
		var competences = places.values().stream().map(Place::competence).distinct().toArray(String[]::new);
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, assessment_id FROM evaluation_knowledge_element
				WHERE user_id = ? AND framework_code = ANY(?::text[]) AND competence_code = ANY(?::text[])
				  AND (counts_in_profile OR assessment_id = ?)
				ORDER BY created_at, id""")
			.params(userId, frameworks, competences, assessmentId)
			.query(KnowledgeElements::map)
			.list()
			.stream()
			.filter(e -> places.containsKey(e.skillId()))
			.toList();
	}

	/**
	 * Every knowledge element of a learner in a framework, by competence: the profile
	 * reads the core's only.
	 */
	public Map<String, List<KnowledgeElement>> ofUser(UUID userId, String framework) {
		return this.jdbc.sql("""
				SELECT skill_id, status, source, created_at, assessment_id, competence_code
				FROM evaluation_knowledge_element WHERE user_id = ? AND framework_code = ? AND counts_in_profile
				ORDER BY created_at, id""")
			.params(userId, framework)
			.query((rs, row) -> Map.entry(rs.getString("competence_code"), map(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Where a skill sits: its tube, its framework ({@code crcn} for the core, or an
	 * extension such as {@code crcn-edu}) and its competence's code in that framework.
	 */
	public record Place(String tube, String framework, String competence) {
	}

	/**
	 * Appends knowledge elements, all in one round trip; {@code places} says where each
	 * skill sits (elements on a skill without a place are not written).
	 */
	public void insert(UUID userId, Map<String, Place> places, List<KnowledgeElement> elements, @Nullable UUID answerId,
			@Nullable UUID assessmentId) {
		var rows = Rows.of(places, elements);
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, framework_code, competence_code,
				  status, source, answer_id, assessment_id, created_at)
				SELECT ?, skill_id, tube, framework, competence, status, source, ?, ?, created_at
				FROM""" + Rows.UNNEST + " ORDER BY position")
			.params(userId, answerId, assessmentId)
			.params(rows.parameters())
			.update();
	}

	/**
	 * Knowledge elements as the columns of a table read by {@link #UNNEST}, in order,
	 * each with the place of its skill; those without a place are left out.
	 */
	record Rows(String[] skills, String[] tubes, String[] frameworks, String[] competences, String[] statuses,
			String[] sources, String[] createdAt) {

		/** Seven array parameters as a table e(skill_id, ..., created_at, position). */
		static final String UNNEST = " unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
				+ " ?::timestamptz[]) WITH ORDINALITY"
				+ " AS e(skill_id, tube, framework, competence, status, source, created_at, position) ";

		static Rows of(Map<String, Place> places, List<KnowledgeElement> elements) {
			var placed = elements.stream().filter(e -> places.containsKey(e.skillId())).toList();
			Function<KnowledgeElement, Place> place = e -> Objects.requireNonNull(places.get(e.skillId()));
			return new Rows(array(placed, KnowledgeElement::skillId), array(placed, e -> place.apply(e).tube()),
					array(placed, e -> place.apply(e).framework()), array(placed, e -> place.apply(e).competence()),
					array(placed, e -> e.status().name()), array(placed, e -> e.source().name()),
					array(placed, e -> e.createdAt().toString()));
		}

		boolean isEmpty() {
			return this.skills.length == 0;
		}

		List<Object> parameters() {
			return List.of(this.skills, this.tubes, this.frameworks, this.competences, this.statuses, this.sources,
					this.createdAt);
		}

		private static String[] array(List<KnowledgeElement> elements, Function<KnowledgeElement, String> field) {
			return elements.stream().map(field).toArray(String[]::new);
		}

	}

	private static KnowledgeElement map(ResultSet rs, int row) throws SQLException {
		return new KnowledgeElement(rs.getString("skill_id"), KnowledgeElementStatus.valueOf(rs.getString("status")),
				KnowledgeElementSource.valueOf(rs.getString("source")), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("assessment_id", UUID.class));
	}

}

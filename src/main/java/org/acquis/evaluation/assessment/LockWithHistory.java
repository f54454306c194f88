package org.acquis.evaluation.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeElementSource;
import org.acquis.evaluation.domain.KnowledgeElementStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Locks an assessment and reads the learner's knowledge elements in the competences an
 * answer is expected to need, in one statement: one round trip instead of two.
 * <p>
 * A statement reads every table as it was when it began, while the lock may be granted
 * later, after another answer to the same assessment has committed: the elements read
 * then miss that answer's. The statement also returns the version of the assessment's row
 * it began with: when the locked row is a newer one, the history is stale and must be
 * read again, after the lock ({@link Locked#stale()}).
 */
@Repository
class LockWithHistory {

	private static final String LOCK = """
			WITH locked AS (
			  SELECT xmin::text AS version, %s FROM evaluation_assessment WHERE id = :id FOR UPDATE
			)
			SELECT locked.*, (SELECT xmin::text FROM evaluation_assessment WHERE id = :id) AS seen_version,
			  history.skills, history.statuses, history.sources, history.created, history.assessments
			FROM locked LEFT JOIN LATERAL (
			  SELECT array_agg(skill_id ORDER BY created_at, id) AS skills,
			    array_agg(status ORDER BY created_at, id) AS statuses,
			    array_agg(source ORDER BY created_at, id) AS sources,
			    array_agg(created_at ORDER BY created_at, id) AS created,
			    array_agg(assessment_id::text ORDER BY created_at, id) AS assessments
			  FROM evaluation_knowledge_element
			  WHERE user_id = :user AND framework_code = ANY(:frameworks::text[])
			    AND competence_code = ANY(:competences::text[]) AND (counts_in_profile OR assessment_id = :id)
			) history ON true""".formatted(Assessments.COLUMNS);

	private final JdbcClient jdbc;

	LockWithHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The assessment, locked until the transaction ends (two tabs answering queue up),
	 * and the knowledge elements of {@code userId} in these competences of their
	 * frameworks ({@link KnowledgeElements.Place}), oldest first.
	 */
	Optional<Locked> lock(UUID assessmentId, UUID userId, Collection<KnowledgeElements.Place> competences) {
		var read = competences.stream().map(Locked::key).collect(java.util.stream.Collectors.toSet());
		return this.jdbc.sql(LOCK)
			.param("id", assessmentId)
			.param("user", userId)
			.param("frameworks",
					competences.stream().map(KnowledgeElements.Place::framework).distinct().toArray(String[]::new))
			.param("competences",
					competences.stream().map(KnowledgeElements.Place::competence).distinct().toArray(String[]::new))
			.query((rs, row) -> new Locked(Assessments.map(rs, row), history(rs), read,
					!rs.getString("version").equals(rs.getString("seen_version"))))
			.optional();
	}

	private static List<KnowledgeElement> history(ResultSet rs) throws SQLException {
		var skills = strings(rs.getArray("skills"));
		var statuses = strings(rs.getArray("statuses"));
		var sources = strings(rs.getArray("sources"));
		var created = rs.getArray("created");
		var times = created == null ? new Timestamp[0] : (Timestamp[]) created.getArray();
		var assessments = strings(rs.getArray("assessments"));
		var history = new ArrayList<KnowledgeElement>(skills.length);
		for (int i = 0; i < skills.length; i++) {
			history.add(new KnowledgeElement(skills[i], KnowledgeElementStatus.valueOf(statuses[i]),
					KnowledgeElementSource.valueOf(sources[i]), times[i].toInstant(),
					assessments[i] == null ? null : UUID.fromString(assessments[i])));
		}
		return history;
	}

	private static String[] strings(@Nullable Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	/**
	 * A locked assessment and its learner's knowledge elements in {@code competences}
	 * ({@code framework|competence}); {@code stale}: another transaction changed the
	 * assessment between the start of the read and the lock. The elements were read in
	 * every framework and competence named, a superset of those pairs: the caller keeps
	 * the ones of its skills.
	 */
	record Locked(Assessment assessment, List<KnowledgeElement> history, Set<String> competences, boolean stale) {

		static String key(KnowledgeElements.Place place) {
			return place.framework() + "|" + place.competence();
		}

		/**
		 * The elements on these skills, when what was read holds all of them: read fresh
		 * and in every competence the skills sit in.
		 */
		Optional<List<KnowledgeElement>> historyOf(Map<String, KnowledgeElements.Place> places) {
			boolean complete = places.values().stream().map(Locked::key).allMatch(this.competences::contains);
			if (this.stale || !complete) {
				return Optional.empty();
			}
			return Optional.of(this.history.stream().filter(e -> places.containsKey(e.skillId())).toList());
		}

	}

}

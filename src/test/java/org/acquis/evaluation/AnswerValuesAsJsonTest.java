package org.acquis.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answer values are stored as JSON: a field holding "=" or a line break reads back as it
 * was given; the migration converts the former "key=value" lines.
 */
class AnswerValuesAsJsonTest extends IntegrationTest {

	private static final String MIGRATION = "db/migration/evaluation/V2026_12_02_31__evaluation_answer_values_as_jsonb.sql";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aFieldHoldingAnEqualsSignAndALineBreakReadsBackAsGiven() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Egal");
		var assessment = api.post("/api/competence-evaluations", Map.of("competence", "3.3"))
			.body()
			.get("assessmentId")
			.asString();
		assertThat(api.get("/api/assessments/" + assessment + "/next-challenge").status()).isEqualTo(200);
		// a two-field question of 3.3 made current
		this.jdbc
			.sql("UPDATE evaluation_assessment SET current_challenge_id = 'licencesOeuvres-5-b', "
					+ "current_deadline = NULL WHERE id = ?::uuid")
			.param(assessment)
			.update();
		var given = new LinkedHashMap<String, Object>();
		given.put("auteur", "Noé = Lefebvre\nlicence=CC0");
		given.put("licence", "CC BY-SA 4.0");

		var answered = api.post("/api/assessments/" + assessment + "/answers",
				Map.of("challengeId", "licencesOeuvres-5-b", "value", given));

		assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
		var stored = this.jdbc
			.sql("SELECT value::text, field_results::text FROM evaluation_answer "
					+ "WHERE assessment_id = ?::uuid AND challenge_id = 'licencesOeuvres-5-b'")
			.param(assessment)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(JsonMapper.shared().readValue(stored[0], Map.class)).isEqualTo(given);
		assertThat(JsonMapper.shared().readValue(stored[1], Map.class))
			.isEqualTo(Map.of("auteur", "KO", "licence", "OK"));
	}

	/** The migration, run on answers stored as before, in a schema of their own. */
	@Test
	void theMigrationConvertsLinesAndTexts() throws Exception {
		var schema = "legacy_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = this.dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema + "; SET search_path TO " + schema + ";"
					+ "CREATE TABLE evaluation_answer (id INT PRIMARY KEY, challenge_id TEXT, value TEXT,"
					+ " field_results TEXT)");
			statement.execute("""
					INSERT INTO evaluation_answer VALUES
					  (1, 'qrocm', E'auteur=No\u00e9 = L.\\nLefebvre\\nlicence=CC BY-SA 4.0', 'auteur=KO,licence=OK'),
					  (2, 'qrocm', E'auteur=\\nlicence=CC0', NULL),
					  (3, 'qroc', 'a=b', NULL),
					  (4, 'qcu', 'k7d2m9qa', NULL),
					  (5, 'qcu', NULL, NULL)""");
			statement.execute(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8));
			var rows = new LinkedHashMap<Integer, String>();
			try (var rs = statement
				.executeQuery("SELECT id, value::text, field_results::text FROM evaluation_answer ORDER BY id")) {
				while (rs.next()) {
					rows.put(rs.getInt(1), rs.getString(2) + " | " + rs.getString(3));
				}
			}
			statement.execute("SET search_path TO public; DROP SCHEMA " + schema + " CASCADE");
			assertThat(rows).containsExactly(
					Map.entry(1,
							"{\"auteur\": \"Noé = L.\\nLefebvre\", \"licence\": \"CC BY-SA 4.0\"}"
									+ " | {\"auteur\": \"KO\", \"licence\": \"OK\"}"),
					Map.entry(2, "{\"auteur\": \"\", \"licence\": \"CC0\"} | null"), Map.entry(3, "\"a=b\" | null"),
					Map.entry(4, "\"k7d2m9qa\" | null"), Map.entry(5, "null | null"));
		}
	}

}

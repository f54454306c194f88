package org.acquis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Skill;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge elements from other assessments through the API (domain.md §4 and §10): a new
 * evaluation starts with its first question whatever the learner knows, supersedes what
 * earlier assessments said, and an extension framework's elements never reach the core
 * profile.
 */
class EarlierKnowledgeTest extends IntegrationTest {

	private static final String COMPETENCE = "1.1";

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCompetenceEvaluationAfterACappedCampaignAsksQuestionsAndRevalidatesWhatTheCampaignFailed() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Pupil");
		var userId = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var capped = this.bank.skills(ContentBank.CORE, COMPETENCE).stream().filter(s -> s.level() <= 3).toList();
		var campaign = this.startAssessment
			.start(AssessmentOptions.on(userId, Purpose.CAMPAIGN, capped.stream().map(Skill::id).toList()));
		answerUntilTheEnd(api, campaign.toString(), 1);
		int campaignPix = pix(api);
		var failedInCampaign = latestStatuses(userId, "INVALIDATED");
		assertThat(failedInCampaign).as("levels 2 and 3 failed in the campaign").isNotEmpty();

		var evaluation = api.post("/api/competence-evaluations", Map.of("competence", COMPETENCE));
		assertThat(evaluation.status()).isEqualTo(201);
		int questions = answerUntilTheEnd(api, evaluation.body().get("assessmentId").asString(), 5);

		assertThat(questions).as("questions of the evaluation").isPositive();
		assertThat(pix(api)).isGreaterThan(campaignPix);
		var revalidated = latestStatuses(userId, "VALIDATED");
		assertThat(failedInCampaign.stream().filter(revalidated::contains))
			.as("skills failed in the campaign, validated by the evaluation")
			.isNotEmpty();
		assertThat(skillsAssessedTwice(campaign)).isEmpty();
		assertThat(skillsAssessedTwice(UUID.fromString(evaluation.body().get("assessmentId").asString()))).isEmpty();
	}

	/** Inside one assessment an answer is never contradicted: one element per skill. */
	private List<String> skillsAssessedTwice(UUID assessmentId) {
		return this.jdbc.sql("""
				SELECT skill_id FROM evaluation_knowledge_element WHERE assessment_id = ?
				GROUP BY skill_id HAVING count(*) > 1""").param(assessmentId).query(String.class).list();
	}

	@Test
	void anExtensionFrameworkElementNeverChangesPixAndIsStoredWithItsFramework() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Teacher");
		var userId = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var evaluation = api.post("/api/competence-evaluations", Map.of("competence", "4.1"));
		answerUntilTheEnd(api, evaluation.body().get("assessmentId").asString(), 1);
		var before = api.get("/api/me/profile").body().toString();
		assertThat(pix(api)).isPositive();

		var tube = this.bank.tubes("crcn-edu", "4.1").get(0).name();
		var campaign = this.startAssessment.start(AssessmentOptions.on(userId, Purpose.CAMPAIGN,
				this.bank.skillsOfTube(tube).stream().map(Skill::id).toList()));
		answerUntilTheEnd(api, campaign.toString(), 8);

		assertThat(api.get("/api/me/profile").body().toString()).isEqualTo(before);
		var stored = this.jdbc.sql("""
				SELECT DISTINCT framework_code || '|' || competence_code FROM evaluation_knowledge_element
				WHERE user_id = ? AND assessment_id = ?""").params(userId, campaign).query(String.class).list();
		assertThat(stored).containsExactly("crcn-edu|4.1");
	}

	@Test
	void theMigrationMovesAnExtensionPrefixIntoTheFrameworkColumn() throws IOException {
		var userId = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, framework_code, competence_code,
				  status, source, created_at)
				VALUES (?, '@old1', 'old', 'crcn', 'crcn-edu:1.4', 'VALIDATED', 'DIRECT', now()),
				  (?, '@old2', 'old', 'crcn', '1.4', 'VALIDATED', 'DIRECT', now())""").params(userId, userId).update();

		this.jdbc.sql(migrationUpdate()).update();

		assertThat(this.jdbc.sql("""
				SELECT framework_code || '|' || competence_code FROM evaluation_knowledge_element
				WHERE user_id = ? ORDER BY skill_id""").param(userId).query(String.class).list())
			.containsExactly("crcn-edu|1.4", "crcn|1.4");
	}

	private static String migrationUpdate() throws IOException {
		var migration = new ClassPathResource(
				"db/migration/evaluation/V2026_12_02_30__evaluation_knowledge_element_framework.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		return Arrays.stream(migration.split(";"))
			.filter(statement -> statement.contains("UPDATE"))
			.map(statement -> statement.substring(statement.indexOf("UPDATE")))
			.findFirst()
			.orElseThrow();
	}

	/** Answers as a learner who masters exactly the skills up to a level. */
	private int answerUntilTheEnd(ApiClient api, String assessmentId, int masteredLevel) {
		int questions = 0;
		while (true) {
			var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
			if (next.status() == 204) {
				return questions;
			}
			if (next.body().path("awaitingStart").asBoolean()) {
				// a timed question's clock starts when the learner starts it
				api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
			}
			var challenge = this.bank.challenge(next.body().get("challengeId").asString()).orElseThrow();
			var level = this.bank.skill(challenge.skillId()).orElseThrow().level();
			var value = level <= masteredLevel ? this.bank.answerKey(challenge).rightAnswer()
					: this.bank.answerKey(challenge).wrongAnswers().get(0);
			var answered = api.post("/api/assessments/" + assessmentId + "/answers",
					Map.of("challengeId", challenge.id(), "value", CompetenceEvaluationApiTest.json(value)));
			assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
			questions++;
		}
	}

	private static int pix(ApiClient api) {
		return api.get("/api/me/profile").body().get("totalPix").asInt();
	}

	/** The skills whose latest knowledge element has this status. */
	private List<String> latestStatuses(UUID userId, String status) {
		return this.jdbc.sql("""
				SELECT skill_id FROM (
				  SELECT DISTINCT ON (skill_id) skill_id, status FROM evaluation_knowledge_element
				  WHERE user_id = ? ORDER BY skill_id, created_at DESC, id DESC) latest
				WHERE status = ?""").params(userId, status).query(String.class).list();
	}

}

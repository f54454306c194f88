package org.acquis.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Skill;
import org.acquis.shared.DomainException;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a campaign will do: an adaptive assessment on chosen capped tubes of two
 * competences.
 */
class AssessmentOnSkillsTest extends IntegrationTest {

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Test
	void assessesOnlyTheChosenSkillsAndFeedsTheProfile() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Sacha");
		var userId = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var chosen = new java.util.ArrayList<Skill>();
		chosen.addAll(firstTubeUpTo("1.2", 2));
		chosen.addAll(firstTubeUpTo("4.2", 3));
		var assessmentId = this.startAssessment
			.start(AssessmentOptions.on(userId, Purpose.CAMPAIGN, chosen.stream().map(Skill::id).toList()));

		var asked = new HashSet<String>();
		while (true) {
			var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
			if (next.status() == 204) {
				break;
			}
			if (next.body().get("awaitingStart").asBoolean()) {
				// a timed question: the learner starts it
				api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
			}
			var challenge = this.bank.challenge(next.body().get("challengeId").asString()).orElseThrow();
			asked.add(challenge.skillId());
			var answered = api.post("/api/assessments/" + assessmentId + "/answers",
					Map.of("challengeId", challenge.id(), "value",
							CompetenceEvaluationApiTest.json(this.bank.answerKey(challenge).rightAnswer())));
			assertThat(answered.status()).isEqualTo(201);
		}

		assertThat(chosen.stream().map(Skill::id)).containsAll(asked);
		var assessment = api.get("/api/assessments/" + assessmentId).body();
		assertThat(assessment.get("state").asString()).isEqualTo("COMPLETED");
		assertThat(assessment.get("type").asString()).isEqualTo("CAMPAIGN");
		var profile = api.get("/api/me/profile").body();
		for (var card : profile.get("competences")) {
			var code = card.get("code").asString();
			int expected = (int) Math.floor(
					chosen.stream().filter(s -> s.competence().equals(code)).mapToDouble(Skill::pixValue).sum() + 1e-9);
			assertThat(card.get("pix").asInt()).as("pix of %s", code).isEqualTo(expected);
		}
	}

	@Test
	void skillsOfAnExtensionFrameworkDoNotCountInTheCoreProfile() {
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Prof");
		var userId = UUID.fromString(api.get("/api/me").body().get("id").asString());
		var tube = this.bank.tubes("crcn-edu", "4.1").get(0).name();
		var assessmentId = this.startAssessment.start(AssessmentOptions.on(userId, Purpose.CAMPAIGN,
				this.bank.skillsOfTube(tube).stream().map(Skill::id).toList()));
		var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
		var challenge = this.bank.challenge(next.body().get("challengeId").asString()).orElseThrow();
		assertThat(challenge.framework()).isEqualTo("crcn-edu");
		api.post("/api/assessments/" + assessmentId + "/answers", Map.of("challengeId", challenge.id(), "value",
				CompetenceEvaluationApiTest.json(this.bank.answerKey(challenge).rightAnswer())));

		assertThat(api.get("/api/me/profile").body().get("totalPix").asInt()).isZero();
		assertThat(api.post("/api/competence-evaluations", Map.of("competence", "4.1")).status())
			.as("the core competence 4.1 is still to evaluate")
			.isEqualTo(201);
	}

	@Test
	void refusesUnknownSkills() {
		assertThatThrownBy(() -> this.startAssessment
			.start(AssessmentOptions.on(UUID.randomUUID(), Purpose.CAMPAIGN, List.of("@nothing9"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("SKILLS_UNKNOWN"));
	}

	private List<Skill> firstTubeUpTo(String competence, int maxLevel) {
		var tube = this.bank.tubes("crcn", competence).get(0).name();
		return this.bank.skillsOfTube(tube).stream().filter(s -> s.level() <= maxLevel).toList();
	}

}

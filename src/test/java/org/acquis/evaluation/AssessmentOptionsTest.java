package org.acquis.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.acquis.evaluation.assessment.KnowledgeSnapshots;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Skill;
import org.acquis.shared.DomainException;
import org.acquis.support.ApiClient;
import org.acquis.support.FixedOrderMethod;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The published API as campaigns and certification will use it: an assessment started
 * with a method, a question limit, a deadline, answers outside the profile; its summary;
 * the learner's knowledge snapshot and profile. Only published types are used here.
 */
class AssessmentOptionsTest extends IntegrationTest {

	@Autowired
	StartAssessment start;

	@Autowired
	AssessmentSummaries summaries;

	@Autowired
	KnowledgeSnapshots snapshots;

	@Autowired
	LearnerProfile profiles;

	@Autowired
	ContentBank bank;

	@Test
	void stopsAtItsQuestionLimit() {
		var api = new ApiClient(baseUrl());
		var learner = learner(api, "Limite");
		var id = this.start.start(AssessmentOptions.on(learner, Purpose.CAMPAIGN, tube("1.1")).withQuestionLimit(2));

		var answered = answerAll(api, id, true);

		assertThat(answered).hasSize(2);
		var summary = this.summaries.of(id).orElseThrow();
		assertThat(summary.completed()).isTrue();
		assertThat(summary.questionLimit()).isEqualTo(2);
		assertThat(summary.answers()).extracting(a -> a.result()).containsExactly("OK", "OK");
		assertThat(summary.method()).isEqualTo("knowledge-state");
	}

	@Test
	void runsAnotherMethodStoredWithTheAssessment() {
		var api = new ApiClient(baseUrl());
		var learner = learner(api, "Ordre");
		var skills = tube("2.1");
		var id = this.start
			.start(AssessmentOptions.on(learner, Purpose.CERTIFICATION, skills).withMethod(FixedOrderMethod.NAME));

		var answered = answerAll(api, id, false);

		assertThat(answered).as("each skill once, in order")
			.containsExactlyElementsOf(skills.stream().sorted().toList());
		assertThat(this.summaries.of(id).orElseThrow().method()).isEqualTo(FixedOrderMethod.NAME);
	}

	@Test
	void answersOutsideTheProfileLeaveItAsItWasButStillGuideTheAssessment() {
		var api = new ApiClient(baseUrl());
		var learner = learner(api, "Certif");
		var id = this.start.start(AssessmentOptions.on(learner, Purpose.CERTIFICATION, tube("3.1")).outsideProfile());

		var answered = answerAll(api, id, true);

		assertThat(answered).as("no skill asked twice: its own elements guide it").doesNotHaveDuplicates().isNotEmpty();
		assertThat(this.profiles.of(learner).totalPix()).isZero();
		assertThat(this.snapshots.of(learner).elements()).isEmpty();
		assertThat(this.summaries.of(id).orElseThrow().countsInProfile()).isFalse();
	}

	@Test
	void theSnapshotGivesTheLatestStateOfEachSkillWithItsAssessment() {
		var api = new ApiClient(baseUrl());
		var learner = learner(api, "Instantane");
		var id = this.start.start(AssessmentOptions.on(learner, Purpose.CAMPAIGN, tube("4.1")));

		var answered = answerAll(api, id, true);

		var snapshot = this.snapshots.of(learner);
		assertThat(snapshot.validatedSkills()).containsAll(answered);
		assertThat(snapshot.elements()).allSatisfy(e -> {
			assertThat(e.assessmentId()).isEqualTo(id);
			assertThat(e.framework()).isEqualTo("crcn");
			assertThat(e.competence()).isEqualTo("4.1");
		});
		assertThat(this.profiles.of(learner).totalPix()).isPositive();
	}

	@Test
	void pastItsDeadlineItTakesNoAnswerAndEnds() {
		var api = new ApiClient(baseUrl());
		var learner = learner(api, "Delai");
		var id = this.start.start(AssessmentOptions.on(learner, Purpose.CERTIFICATION, tube("5.1"))
			.withDeadline(this.clock.instant().plus(Duration.ofMinutes(105))));
		var question = api.get("/api/assessments/" + id + "/next-challenge").body();

		this.clock.advance(Duration.ofMinutes(106));
		var late = api.post("/api/assessments/" + id + "/answers",
				Map.of("challengeId", question.get("challengeId").asString(), "value", "x"));

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body().get("code").asString()).isEqualTo("ASSESSMENT_DEADLINE_PASSED");
		assertThat(this.summaries.of(id).orElseThrow().answers()).as("nothing written").isEmpty();
		assertThat(api.get("/api/assessments/" + id + "/next-challenge").status()).isEqualTo(204);
		assertThat(this.summaries.of(id).orElseThrow().completed()).isTrue();
	}

	@Test
	void refusesAnUnknownMethodAndABadLimitOrDeadline() {
		var learner = UUID.randomUUID();
		var skills = tube("1.2");
		assertThatThrownBy(
				() -> this.start.start(AssessmentOptions.on(learner, Purpose.CAMPAIGN, skills).withMethod("irt")))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("METHOD_UNKNOWN"));
		assertThatThrownBy(
				() -> this.start.start(AssessmentOptions.on(learner, Purpose.CAMPAIGN, skills).withQuestionLimit(0)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("QUESTION_LIMIT_INVALID"));
		assertThatThrownBy(() -> this.start
			.start(AssessmentOptions.on(learner, Purpose.CAMPAIGN, skills).withDeadline(this.clock.instant())))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("DEADLINE_INVALID"));
	}

	private UUID learner(ApiClient api, String name) {
		api.signUpAndLogin(name);
		return UUID.fromString(api.get("/api/me").body().get("id").asString());
	}

	private List<String> tube(String competence) {
		var tube = this.bank.tubes("crcn", competence).get(0).name();
		return this.bank.skillsOfTube(tube).stream().map(Skill::id).toList();
	}

	/** Answers until the end, right or wrong; the skills asked, in order. */
	private List<String> answerAll(ApiClient api, UUID id, boolean right) {
		var asked = new ArrayList<String>();
		var next = api.get("/api/assessments/" + id + "/next-challenge");
		var question = next.status() == 204 ? null : next.body();
		while (question != null) {
			if (question.get("awaitingStart").asBoolean()) {
				// a timed question's clock starts when the learner starts it
				question = api.post("/api/assessments/" + id + "/current-challenge/start", Map.of()).body();
			}
			var challenge = this.bank.challenge(question.get("challengeId").asString()).orElseThrow();
			asked.add(challenge.skillId());
			var value = right ? CompetenceEvaluationApiTest.json(this.bank.answerKey(challenge).rightAnswer()) : "";
			var answered = api.post("/api/assessments/" + id + "/answers",
					Map.of("challengeId", challenge.id(), "value", value, "skipped", !right));
			assertThat(answered.status()).isEqualTo(201);
			var following = answered.body().get("nextChallenge");
			question = following == null || following.isNull() ? null : following;
		}
		return asked;
	}

}

package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post, redirect, get: the question page after an answer shows the question the answer
 * chose, kept for the redirect only; a reload reads the assessment.
 */
class QuestionPagesTest extends IntegrationTest {

	@Autowired
	NextQuestions nextQuestions;

	@Autowired
	ContentBank bank;

	@Test
	void afterAnAnswerThePageShowsTheCurrentQuestionAlsoOnReloadAndTheResultAtTheEnd() {
		var api = new ApiClient(baseUrl());
		var email = api.signUpAndLogin("Page");
		var page = new PageClient(baseUrl());
		page.login(email, "Secret123");
		assertThat(page.get("/competences/3.2").status()).isEqualTo(200);
		var started = page.post("/competences/3.2/evaluation", Map.of());
		var path = started.location();
		assertThat(path).matches(".*/evaluations/[0-9a-f-]{36}");
		var assessment = path.substring(path.lastIndexOf('/') + 1);
		var html = page.get(path).body();
		for (int question = 0; question < 60; question++) {
			var form = new java.util.LinkedHashMap<String, String>();
			form.put("challengeId", hidden(html, "challengeId"));
			form.put("answerKey", hidden(html, "answerKey"));
			form.put("skip", "1");
			// the empty fields a browser sends with "skip"
			Pattern.compile("name=\"(field\\.[^\"]+)\"").matcher(html).results().forEach(f -> form.put(f.group(1), ""));
			var answered = page.post(path, form);
			assertThat(answered.status()).isEqualTo(302);
			if (answered.location().endsWith("/resultat")) {
				assertThat(api.get("/api/assessments/" + assessment).body().get("state").asString())
					.isEqualTo("COMPLETED");
				assertThat(page.get(answered.location()).status()).isEqualTo(200);
				return;
			}
			assertThat(answered.location()).endsWith(path.substring(path.indexOf("/evaluations/")));
			html = page.get(path).body();
			var current = api.get("/api/assessments/" + assessment + "/next-challenge").body();
			assertThat(hidden(html, "challengeId")).isEqualTo(current.get("challengeId").asString());
			assertThat(hidden(page.get(path).body(), "challengeId")).as("a reload: the same question")
				.isEqualTo(current.get("challengeId").asString());
		}
		throw new AssertionError("the assessment never ended");
	}

	@Test
	void aKeptQuestionIsTakenOnceByItsLearnerWithinItsDelay() {
		var learner = UUID.randomUUID();
		var asked = asked(learner);
		var id = asked.assessment().id();

		this.nextQuestions.keep(learner, asked);
		assertThat(this.nextQuestions.take(id, UUID.randomUUID())).as("another learner: nothing").isEmpty();
		assertThat(this.nextQuestions.take(id, learner)).as("and it is gone").isEmpty();

		this.nextQuestions.keep(learner, asked);
		assertThat(this.nextQuestions.take(id, learner)).contains(asked);
		assertThat(this.nextQuestions.take(id, learner)).as("once").isEmpty();

		this.nextQuestions.keep(learner, asked);
		this.clock.advance(NextQuestions.KEPT);
		assertThat(this.nextQuestions.take(id, learner)).as("too late: read the assessment").isEmpty();
	}

	private AskNextChallenge.AskedChallenge asked(UUID learner) {
		var challenge = this.bank.playableChallenges(this.bank.skills("crcn", "1.1").get(0).id()).get(0);
		var assessment = new Assessment(UUID.randomUUID(), learner, Assessment.Type.COMPETENCE_EVALUATION,
				Assessment.State.STARTED, "1.1", "crcn", null, 1L, challenge.id(), Instant.now(), null, false, 0, false,
				Instant.now(), Assessment.Rules.standard("knowledge-state"));
		return new AskNextChallenge.AskedChallenge(assessment, challenge, null);
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name + " in " + html).isTrue();
		return matcher.group(1);
	}

}

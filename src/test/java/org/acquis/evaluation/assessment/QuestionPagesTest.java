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
			if ((question + 1) % 5 == 0) {
				assertThat(answered.location()).as("a checkpoint every 5 answers").endsWith("/point-etape");
				assertThat(page.get(answered.location()).status()).isEqualTo(200);
			}
			else {
				assertThat(answered.location()).endsWith(path.substring(path.indexOf("/evaluations/")));
			}
			html = page.get(path).body();
			var current = api.get("/api/assessments/" + assessment + "/next-challenge").body();
			assertThat(hidden(html, "challengeId")).isEqualTo(current.get("challengeId").asString());
			assertThat(hidden(page.get(path).body(), "challengeId")).as("a reload: the same question")
				.isEqualTo(current.get("challengeId").asString());
		}
		throw new AssertionError("the assessment never ended");
	}

	/**
	 * Every 5 answers a checkpoint lists them with their result and, on demand, the
	 * expected answer, never the question still to answer; a level gained is announced on
	 * the next page; the result tells the level reached and what it means, the pix, the
	 * recap and when to retry.
	 */
	@Test
	void checkpointsEveryFiveAnswersALevelUpNoticeAndAResultWorthReading() {
		var api = new ApiClient(baseUrl());
		var email = api.signUpAndLogin("Etape");
		var page = new PageClient(baseUrl());
		page.login(email, "Secret123");
		assertThat(page.get("/competences/1.1").status()).isEqualTo(200);
		var path = page.post("/competences/1.1/evaluation", Map.of()).location();
		path = path.substring(path.indexOf("/evaluations/"));
		var assessment = path.substring(path.lastIndexOf('/') + 1);
		assertThat(page.get(path + "/point-etape").location()).as("no checkpoint before 5 answers").endsWith(path);
		var html = page.get(path).body();
		var answered = new java.util.ArrayList<org.acquis.referential.Challenge>();
		int checkpoints = 0;
		boolean levelUpShown = false;
		while (true) {
			if (html.contains("data-test=\"timed-warning\"")) {
				// a timed question: announced, then started
				assertThat(page.post(path + "/commencer", Map.of()).location()).endsWith(path);
				html = page.get(path).body();
			}
			var challenge = this.bank.challenge(hidden(html, "challengeId")).orElseThrow();
			var form = form(html, challenge, this.bank.skill(challenge.skillId()).orElseThrow().level() <= 3);
			var posted = page.post(path, form);
			answered.add(challenge);
			var location = posted.location();
			if (location.endsWith("/resultat")) {
				html = page.get(location).body();
				levelUpShown |= html.contains("class=\"level-up\"");
				break;
			}
			if (location.endsWith("/point-etape")) {
				checkpoints++;
				var checkpoint = page.get(location).body();
				levelUpShown |= checkpoint.contains("class=\"level-up\"");
				assertCheckpoint(checkpoint, answered.subList(answered.size() - 5, answered.size()), api, assessment);
				assertThat(checkpoint).contains("href=\"" + path + "\"");
			}
			html = page.get(path).body();
			levelUpShown |= html.contains("class=\"level-up\"");
			assertProgress(html, answered.size());
			assertProgress(page.get(path).body(), answered.size());
		}
		assertThat(checkpoints).isEqualTo(answered.size() / 5 - (answered.size() % 5 == 0 ? 1 : 0));
		assertThat(levelUpShown).as("a level gained is announced").isTrue();
		assertThat(html).contains("role=\"status\"");
		assertResult(html, answered.size());
	}

	/**
	 * "Question n" and a bar: the answers given over those plus an estimate of the rest.
	 */
	private static void assertProgress(String html, int answered) {
		assertThat(html).contains("Question " + (answered + 1));
		var bar = Pattern.compile("<progress value=\"(\\d+)\" max=\"(\\d+)\"").matcher(html);
		assertThat(bar.find()).as(html).isTrue();
		assertThat(Integer.parseInt(bar.group(1))).isEqualTo(answered);
		assertThat(Integer.parseInt(bar.group(2))).as("never full while a question is asked").isGreaterThan(answered);
	}

	private void assertCheckpoint(String checkpoint, java.util.List<org.acquis.referential.Challenge> group,
			ApiClient api, String assessment) {
		assertThat(Pattern.compile("data-result=").matcher(checkpoint).results().count()).isEqualTo(5);
		for (var challenge : group) {
			assertThat(checkpoint).contains(escape(this.bank.correction(challenge).text()));
		}
		var current = this.bank
			.challenge(
					api.get("/api/assessments/" + assessment + "/next-challenge").body().get("challengeId").asString())
			.orElseThrow();
		assertThat(checkpoint).as("the question still to answer is not there")
			.doesNotContain(org.acquis.shared.RichText.inline(current.instruction()));
	}

	private void assertResult(String result, int answers) {
		var level = this.bank.core().level(3).orElseThrow();
		assertThat(result).contains(escape(level.definition()));
		assertThat(result).contains(escape(this.bank.core().level(4).orElseThrow().definition()));
		assertThat(result).contains("+24 pix");
		assertThat(Pattern.compile("data-result=").matcher(result).results().count()).isEqualTo(answers);
		var retry = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Europe/Paris"))
			.plusDays(4)
			.getDayOfMonth();
		assertThat(result).containsPattern("retenter cette compétence à partir du " + retry + " ");
		assertThat(result).contains("/evaluations/");
	}

	private java.util.Map<String, String> form(String html, org.acquis.referential.Challenge challenge, boolean right) {
		var form = new java.util.LinkedHashMap<String, String>();
		form.put("challengeId", challenge.id());
		form.put("answerKey", hidden(html, "answerKey"));
		var key = this.bank.answerKey(challenge);
		var value = right ? key.rightAnswer() : key.wrongAnswers().get(0);
		switch (value) {
			case org.acquis.referential.validation.AnswerValue.Text text -> form.put("value", text.value());
			case org.acquis.referential.validation.AnswerValue.Fields fields ->
				fields.values().forEach((k, v) -> form.put("field." + k, v == null ? "" : v));
		}
		return form;
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
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
		return new AskNextChallenge.AskedChallenge(assessment, challenge, null, null,
				org.acquis.evaluation.accommodation.Accommodation.NONE);
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name + " in " + html).isTrue();
		return matcher.group(1);
	}

}

package org.acquis.journeys;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timed question is announced before its clock starts ("Cette question est minutée : 45
 * secondes. Commencer"), and once its time is up it sends itself: the page's script
 * submits the form (new-user review, finding 1: the "submit" button hid the form's submit
 * method, and at 0 s nothing happened).
 */
class TimedQuestionJourneyTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	@Autowired
	RegisterUser registerUser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTimedQuestionSendsItselfWhenItsTimeIsUp() {
		var email = "timed-" + UUID.randomUUID() + "@example.org";
		this.registerUser
			.register(RegisterUser.Registration.learner("Noa", "Lefèvre", email, "Velo-Rouge-75", "fr", true));
		var timed = this.bank.allChallenges()
			.stream()
			.filter(Challenge::timed)
			.filter(c -> "crcn".equals(c.framework()))
			.filter(c -> c.type() == Challenge.Type.QCU)
			.findFirst()
			.orElseThrow();
		UUID assessment;
		try (var browser = new Browser(baseUrl())) {
			browser.open("/connexion");
			browser.find(By.id("login")).sendKeys(email);
			browser.find(By.id("password")).sendKeys("Velo-Rouge-75");
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
			browser.open("/competences/" + timed.competence());
			browser.clickAndWait(By.cssSelector("form[action$='/evaluation'] button"));
			var path = browser.url().replaceFirst("^https?://[^/]+", "");
			assertThat(path).matches("/evaluations/[0-9a-f-]+");
			assessment = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
			// the question of the page is now a timed one, not started yet
			this.jdbc
				.sql("""
						UPDATE evaluation_assessment SET current_challenge_id = ?, current_asked_at = ?, current_deadline = NULL
						WHERE id = ?""")
				.params(timed.id(), Timestamp.from(Instant.now()), assessment)
				.update();
			browser.open(path);
			// announced before its clock starts, without the question
			assertThat(browser.find(By.cssSelector("[data-test=timed-warning]")).getText())
				.contains("Cette question est minutée : " + timed.timerSeconds() + " secondes");
			assertThat(browser.driver().findElements(By.id("answer-form"))).isEmpty();
			assertThat(deadline(assessment)).as("no clock before Commencer").isNull();
			browser.clickAndWait(By.cssSelector("form[action$='/commencer'] button"));
			assertThat(deadline(assessment)).as("Commencer starts the clock").isNotNull();
			assertThat(browser.find(By.id("answer-form")).isDisplayed()).isTrue();
			// its time ran out (the browser's clock, real time, is what the script
			// compares with)
			this.jdbc.sql("UPDATE evaluation_assessment SET current_deadline = ? WHERE id = ?")
				.params(Timestamp.from(Instant.now().minusSeconds(10)), assessment)
				.update();
			browser.open(path);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> answered(assessment, timed.id()));
		}
		assertThat(this.jdbc.sql("SELECT result FROM evaluation_answer WHERE assessment_id = ? AND challenge_id = ?")
			.params(assessment, timed.id())
			.query(String.class)
			.single()).isEqualTo("TIMED_OUT");
	}

	private Instant deadline(UUID assessment) {
		return this.jdbc.sql("SELECT current_deadline FROM evaluation_assessment WHERE id = ?")
			.param(assessment)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private boolean answered(UUID assessment, String challenge) {
		return this.jdbc.sql("SELECT count(*) FROM evaluation_answer WHERE assessment_id = ? AND challenge_id = ?")
			.params(assessment, challenge)
			.query(Long.class)
			.single() > 0;
	}

}

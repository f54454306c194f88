package org.acquis.journeys;

import java.util.Set;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.acquis.support.RightAnswers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil in a real (headless) Chromium: signs up, evaluates one competence to the end
 * (right answers up to level 2, "Je passe" above), sees the result, saves a tutorial,
 * finds the level on the profile, in French then English; every page passes axe-core's
 * WCAG A/AA checks.
 */
class LearnerJourneyTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	@Autowired
	RegisterUser registerUser;

	@Test
	void pupilSignsUpEvaluatesACompetenceAndSeesTheProfile() {
		try (var browser = new Browser(baseUrl())) {
			browser.open("/?lang=fr");
			browser.assertAccessible();
			browser.open("/inscription");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Créer un compte");
			browser.assertAccessible();
			browser.find(By.id("firstName")).sendKeys("Camille");
			browser.find(By.id("lastName")).sendKeys("Durand");
			var email = "camille-" + UUID.randomUUID() + "@example.org";
			browser.find(By.id("email")).sendKeys(email);
			browser.find(By.id("password")).sendKeys("Velo-Rouge-75");
			browser.find(By.id("acceptTerms")).click();
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.url()).endsWith("/profil");
			assertThat(browser.find(By.cssSelector("[data-test=total-pix]")).getText()).isEqualTo("0 pix");
			assertThat(browser.findAll(By.cssSelector("li.card[data-competence]"))).hasSize(16);
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("li[data-competence='1.1'] form button"));

			int questions = 0;
			String reported = null;
			int checkpoints = 0;
			while (browser.url().matches(".*/evaluations/[0-9a-f-]+(/point-etape)?$") && questions < 40) {
				if (browser.url().endsWith("/point-etape")) {
					// every 5 answers: the answers just given, corrections on demand
					assertThat(browser.findAll(By.cssSelector("ol.review > li"))).hasSize(5);
					if (checkpoints++ == 0) {
						browser.assertAccessible();
						browser.find(By.cssSelector("details.answers-and-tutorials summary")).click();
						assertThat(browser.find(By.cssSelector("details.answers-and-tutorials dl")).getText())
							.contains("Réponse attendue");
						browser.screenshot("checkpoint");
					}
					browser.clickAndWait(By.cssSelector("[data-test=continue]"));
					continue;
				}
				if (!browser.findAll(By.cssSelector("[data-test=timed-warning]")).isEmpty()) {
					// announced before its clock starts
					browser.clickAndWait(By.cssSelector("form[action$='/commencer'] button"));
				}
				if (questions == 0) {
					browser.assertAccessible();
					browser.screenshot("question");
				}
				var challenge = this.bank.challenge(browser.find(By.name("challengeId")).getDomAttribute("value"))
					.orElseThrow();
				if (this.bank.skill(challenge.skillId()).orElseThrow().level() <= 2) {
					answer(browser, challenge);
					if (reported == null) {
						reported = challenge.id();
						sessionEndsBeforeTheAnswerIsSent(browser, email);
					}
					browser.clickAndWait(By.name("submit"));
				}
				else {
					browser.clickAndWait(By.name("skip"));
				}
				questions++;
			}

			assertThat(browser.url()).endsWith("/resultat");
			assertThat(checkpoints).as("a checkpoint every 5 answers").isEqualTo((questions - 1) / 5);
			assertThat(browser.find(By.cssSelector("[data-test=result]")).getText())
				.isEqualTo("Compétence 1.1 : niveau 2, 16 pix.");
			browser.assertAccessible();
			browser.screenshot("result");
			var tutorials = browser.findAll(By.cssSelector("article.tutorial"));
			assertThat(tutorials).isNotEmpty();
			var save = tutorials.get(0).findElement(By.cssSelector("button[data-test=save]"));
			var saveId = save.getDomAttribute("id"); // read before the click: the button
														// is swapped in place
			save.click();
			browser.waitFor(By.cssSelector("[id='" + saveId + "'][aria-pressed=true]"));
			assertThat(browser.url()).as("saved in place").endsWith("/resultat");

			browser.open("/tutoriels");
			assertThat(browser.findAll(By.cssSelector("article.tutorial"))).hasSize(1);
			browser.open("/profil");
			assertThat(browser.find(By.cssSelector("li[data-competence='1.1'] [data-test=level]")).getText())
				.isEqualTo("2");
			assertThat(browser.find(By.cssSelector("[data-test=total-pix]")).getText()).isEqualTo("16 pix");
			assertThat(browser.find(By.cssSelector("figure.rosette svg title")).getAttribute("textContent"))
				.isEqualTo("Rosace des 16 compétences");
			browser.screenshot("profile");

			browser.open("/profil?lang=en");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My profile");
			browser.assertAccessible();

			problemReportedAppearsInTheBackOffice(browser, reported);
		}
	}

	/**
	 * The problem reported under a question is listed for content authors, with its
	 * category and comment.
	 */
	private void problemReportedAppearsInTheBackOffice(Browser browser, String challenge) {
		browser.clickAndWait(By.cssSelector("header form[action='/deconnexion'] button"));
		var author = "auteur-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Alex", "Auteur", author, "Contenu2026", "fr", true,
				Set.of(Role.LEARNER, Role.CONTENT)));
		browser.open("/connexion?lang=fr");
		browser.find(By.id("login")).sendKeys(author);
		browser.find(By.id("password")).sendKeys("Contenu2026");
		browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
		browser.open("/admin/signalements");
		var card = browser.find(By.cssSelector("article.report-card[data-challenge='" + challenge + "']"));
		assertThat(card.findElements(By.cssSelector("[data-category=UNCLEAR]"))).hasSize(1);
		assertThat(card.getText()).contains("Consigne peu claire");
		browser.assertAccessible();
		browser.screenshot("admin-reports");
	}

	/**
	 * The session ends (its cookie gone, as after a timeout) with the answer typed: "Je
	 * valide" leads to the login page with a message, then back to the same question with
	 * the answer as it was typed.
	 */
	private static void sessionEndsBeforeTheAnswerIsSent(Browser browser, String email) {
		var question = browser.url();
		var typed = typed(browser);
		browser.driver().manage().deleteCookieNamed("SESSION");
		browser.clickAndWait(By.name("submit"));
		assertThat(browser.url()).contains("/connexion?expired");
		assertThat(browser.find(By.cssSelector("p.info[role=alert]")).getText()).startsWith("Votre session a expiré");
		browser.assertAccessible();
		browser.find(By.id("login")).sendKeys(email);
		browser.find(By.id("password")).sendKeys("Velo-Rouge-75");
		browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.url()).isEqualTo(question);
		assertThat(typed(browser)).as("the answer as it was typed").isEqualTo(typed).isNotEqualTo(emptyForm(browser));

		// "Signaler un problème" under the question: another form, back to the same
		// question with a thank-you and the answer still as typed
		browser.find(By.cssSelector("details.report summary")).click();
		browser.find(By.id("report-UNCLEAR")).click();
		browser.find(By.id("report-comment")).sendKeys("Consigne peu claire");
		browser.clickAndWait(By.cssSelector("#report-form button[type=submit]"));
		assertThat(browser.url()).isEqualTo(question);
		assertThat(browser.find(By.cssSelector("p.info[role=status]")).getText())
			.isEqualTo("Merci, votre signalement a été envoyé.");
		assertThat(typed(browser)).as("the answer still as typed").isEqualTo(typed);
		browser.assertAccessible();
	}

	private static Object typed(Browser browser) {
		return ((JavascriptExecutor) browser.driver())
			.executeScript("return Array.from(document.querySelectorAll('#answer-form [name=value], "
					+ "#answer-form [name^=\"field.\"]')).map(f => f.type === 'radio' || f.type === 'checkbox' "
					+ "? f.checked : f.value).join('|')");
	}

	private static Object emptyForm(Browser browser) {
		return ((JavascriptExecutor) browser.driver())
			.executeScript("return Array.from(document.querySelectorAll('#answer-form [name=value], "
					+ "#answer-form [name^=\"field.\"]')).map(f => f.type === 'radio' || f.type === 'checkbox' "
					+ "? false : (f.tagName === 'SELECT' ? f.options[0].value : '')).join('|')");
	}

	private void answer(Browser browser, Challenge challenge) {
		RightAnswers.fill(browser, this.bank, challenge);
	}

}

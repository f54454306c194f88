package org.acquis.journeys;

import java.util.List;
import java.util.UUID;

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
 * The whole learner journey in English at desktop width (issue 16): sign-up in English,
 * the welcome, an evaluation begun from it with a checkpoint, the result, a tutorial
 * saved, the tutorials, the profile. On every page: axe-core passes, and no text is
 * French unless it is marked {@code lang="fr"} (the content: questions, tutorials,
 * milestones). The screenshots (target/screenshots/en-*.png) are for people to look at.
 */
class EnglishJourneyTest extends IntegrationTest {

	/**
	 * French gives itself away by its accents, or by a few words English never uses.
	 */
	private static final String FRENCH_LEFT = """
			const found = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
			  const element = walker.currentNode.parentElement;
			  if (!element || element.closest('script, style, [lang^="fr"]')) continue;
			  const text = walker.currentNode.textContent.trim();
			  if (/[àâçéèêëîïôûùœ]/i.test(text) || /\\b(vous|votre|vos|les|des|une|un|le|la|et|est|dans|sur|pour|avec|je|tu)\\b/i.test(text)) {
			    found.push(text);
			  }
			}
			return found;""";

	@Autowired
	ContentBank bank;

	@Test
	void pupilGoesThroughTheWholeJourneyInEnglish() {
		try (var browser = new Browser(baseUrl())) {
			browser.resize(1280, 900);
			browser.open("/inscription?lang=en");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sign up");
			english(browser, "en-signup");
			browser.find(By.id("firstName")).sendKeys("Sam");
			browser.find(By.id("lastName")).sendKeys("Taylor");
			browser.find(By.id("email")).sendKeys("sam-" + UUID.randomUUID() + "@example.org");
			browser.find(By.id("password")).sendKeys("Velo-Rouge-75");
			browser.find(By.id("acceptTerms")).click();
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.url()).endsWith("/profil");
			assertThat(browser.find(By.cssSelector("[data-test=welcome]")).getText()).contains("about ten minutes")
				.contains("Searching for and monitoring information");
			english(browser, "en-profile-welcome");
			browser.clickAndWait(By.cssSelector("[data-test=welcome] form[action$='/1.1/evaluation'] button"));

			int questions = 0;
			int checkpoints = 0;
			while (browser.url().matches(".*/evaluations/[0-9a-f-]+(/point-etape)?$") && questions < 40) {
				if (browser.url().endsWith("/point-etape")) {
					if (checkpoints++ == 0) {
						browser.find(By.cssSelector("details.answers-and-tutorials summary")).click();
						assertThat(browser.find(By.cssSelector("details.answers-and-tutorials dl")).getText())
							.contains("Expected answer");
						english(browser, "en-checkpoint");
					}
					browser.clickAndWait(By.cssSelector("[data-test=continue]"));
					continue;
				}
				if (!browser.findAll(By.cssSelector("[data-test=timed-warning]")).isEmpty()) {
					english(browser, "en-timed-warning");
					browser.clickAndWait(By.cssSelector("form[action$='/commencer'] button"));
				}
				if (questions == 0) {
					assertThat(browser.find(By.cssSelector("p.crumb")).getText())
						.contains("Searching for and monitoring information");
					english(browser, "en-question");
				}
				var challenge = this.bank.challenge(browser.find(By.name("challengeId")).getDomAttribute("value"))
					.orElseThrow();
				if (this.bank.skill(challenge.skillId()).orElseThrow().level() <= 2) {
					answer(browser, challenge);
					browser.clickAndWait(By.name("submit"));
				}
				else {
					browser.clickAndWait(By.name("skip"));
				}
				questions++;
			}
			assertThat(checkpoints).as("a checkpoint on the way").isPositive();

			assertThat(browser.url()).endsWith("/resultat");
			assertThat(browser.find(By.cssSelector("[data-test=result]")).getText())
				.isEqualTo("Competence 1.1: level 2, 16 pix.");
			assertThat(browser.find(By.cssSelector("[data-test=level-meaning]")).getText()).startsWith("Novice – ")
				.contains("The person can carry out basic actions");
			english(browser, "en-result");
			var result = browser.url().replaceFirst("^https?://[^/]+", "");
			var save = browser.find(By.cssSelector("article.tutorial button[data-test=save]"));
			var saveId = save.getDomAttribute("id"); // read before the click: the button
														// is swapped in place
			save.click();
			browser.waitFor(By.cssSelector("[id='" + saveId + "'][aria-pressed=true]"));
			assertThat(browser.url()).as("saved in place").endsWith("/resultat");

			browser.open("/tutoriels");
			assertThat(browser.findAll(By.cssSelector("article.tutorial"))).hasSize(1);
			english(browser, "en-tutorials");

			browser.open("/profil");
			assertThat(browser.find(By.cssSelector("[data-area='1'] h2")).getText())
				.isEqualTo("1. Information and data literacy");
			assertThat(browser.find(By.cssSelector("li[data-competence='1.1'] [data-test=level]")).getText())
				.isEqualTo("2");
			english(browser, "en-profile");
			browser.open("/competences/1.1");
			english(browser, "en-competence");
			browser.open("/profil/amenagements");
			english(browser, "en-accommodation");

			// the same pages on a 360 px phone: nothing to scroll sideways
			browser.resize(360, 740);
			for (var page : List.of("/profil", "/competences/1.1", result, "/tutoriels", "/profil/amenagements")) {
				browser.open(page);
				browser.screenshot(
						"en-phone" + page.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "").replaceAll("[^a-z0-9]+", "-"));
				assertThat(browser.scrollWidth()).as("width of " + page).isLessThanOrEqualTo(360);
			}
		}
	}

	/** In English, accessible, nothing French unmarked; a screenshot kept. */
	private static void english(Browser browser, String screenshot) {
		browser.screenshot(screenshot);
		assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		@SuppressWarnings("unchecked")
		var french = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(FRENCH_LEFT);
		assertThat(french).as("French text not marked lang=\"fr\" on " + browser.url()).isEmpty();
		browser.assertAccessible();
	}

	private void answer(Browser browser, Challenge challenge) {
		RightAnswers.fill(browser, this.bank, challenge);
	}

}

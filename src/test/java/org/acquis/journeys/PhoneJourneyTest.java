package org.acquis.journeys;

import java.util.UUID;

import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil on a 360 x 740 phone: no learner page is wider than the screen (nothing to
 * scroll sideways), each passes axe-core; the welcome closes and the tutorials toggle in
 * place (htmx), both ways. The screenshots (target/screenshots/phone-*.png) are for
 * people to look at.
 */
class PhoneJourneyTest extends IntegrationTest {

	private static final int WIDTH = 360;

	@Test
	void everyLearnerPageFitsA360PixelScreen() {
		try (var browser = new Browser(baseUrl())) {
			browser.resize(WIDTH, 740);
			browser.open("/?lang=fr");
			assertThat(browser.innerWidth()).as("the viewport is a phone's").isEqualTo(WIDTH);
			fits(browser, "phone-home");
			browser.open("/inscription");
			fits(browser, "phone-signup");
			browser.find(By.id("firstName")).sendKeys("Lina");
			browser.find(By.id("lastName")).sendKeys("Martin");
			var email = "lina-" + UUID.randomUUID() + "@example.org";
			browser.find(By.id("email")).sendKeys(email);
			browser.find(By.id("password")).sendKeys("Velo-Rouge-75");
			browser.find(By.id("acceptTerms")).click();
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.url()).endsWith("/profil");
			assertThat(browser.find(By.cssSelector("[data-test=welcome]")).getText())
				.contains("une dizaine de minutes");
			fits(browser, "phone-profile-welcome");
			browser.find(By.cssSelector("[data-test=close-welcome]")).click();
			browser.waitGone(By.id("welcome"));
			assertThat(browser.url()).as("closed in place").endsWith("/profil");

			browser.open("/competences/1.1");
			fits(browser, "phone-competence");
			browser.clickAndWait(By.cssSelector("main form button"));
			assertThat(browser.url()).matches(".*/evaluations/[0-9a-f-]+$");
			fits(browser, "phone-question");
			for (int questions = 0; !browser.url().endsWith("/resultat") && questions < 50; questions++) {
				if (browser.url().endsWith("/point-etape")) {
					// every 5 answers, the answers just given
					if (questions == 5) {
						fits(browser, "phone-checkpoint");
					}
					browser.clickAndWait(By.cssSelector("[data-test=continue]"));
				}
				else {
					browser.clickAndWait(By.name("skip"));
				}
			}
			assertThat(browser.url()).endsWith("/resultat");
			fits(browser, "phone-result");

			var save = browser.find(By.cssSelector("article.tutorial button[data-test=save]"));
			var id = save.getDomAttribute("id");
			save.click();
			browser.waitFor(By.cssSelector("[id='" + id + "'][aria-pressed=true]"));
			assertThat(browser.find(By.id(id)).getText()).isEqualTo("Enregistré ✓");
			browser.find(By.id(id)).click();
			browser.waitFor(By.cssSelector("[id='" + id + "'][aria-pressed=false]"));
			assertThat(browser.find(By.id(id)).getText()).isEqualTo("Enregistrer");
			browser.find(By.id(id)).click();
			browser.waitFor(By.cssSelector("[id='" + id + "'][aria-pressed=true]"));
			assertThat(browser.url()).as("never left the result").endsWith("/resultat");

			browser.open("/tutoriels");
			assertThat(browser.findAll(By.cssSelector("article.tutorial"))).hasSize(1);
			fits(browser, "phone-tutorials");
			browser.scrollTo(By.cssSelector("article.tutorial .actions"));
			browser.screenshot("phone-tutorials-actions");
			browser.clickAndWait(By.cssSelector("[data-test=chip]"));
			assertThat(browser.url()).contains("/tutoriels?competence=");

			browser.open("/profil");
			assertThat(browser.findAll(By.cssSelector("[data-test=welcome]"))).isEmpty();
			fits(browser, "phone-profile");
			browser.scrollTo(By.cssSelector("figure.rosette"));
			browser.screenshot("phone-profile-rosette");
			browser.scrollTo(By.cssSelector("[data-area='1']"));
			browser.screenshot("phone-profile-cards");
			browser.open("/profil?lang=en");
			fits(browser, "phone-profile-en");

			browser.clickAndWait(By.cssSelector("header form[action='/deconnexion'] button"));
			browser.open("/connexion?lang=fr");
			fits(browser, "phone-login");
		}
	}

	private static void fits(Browser browser, String screenshot) {
		browser.screenshot(screenshot);
		assertThat(browser.scrollWidth()).as("width of " + browser.url()).isLessThanOrEqualTo(WIDTH);
		browser.assertAccessible();
	}

}

package org.acquis.journeys;

import java.time.Duration;
import java.util.UUID;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil in a real (headless) Chromium, keyboard-free but click by click: signs up, evaluates one
 * competence to the end, sees the result, saves a tutorial and finds the level on the profile.
 */
class LearnerJourneyTest extends IntegrationTest {

	@Autowired
	ContentBank bank;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=fr-FR", "--window-size=1280,1024");
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void pupilSignsUpEvaluatesACompetenceAndSeesTheProfile() {
		this.browser.get(baseUrl() + "/inscription?lang=fr");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Créer un compte");
		this.browser.findElement(By.id("firstName")).sendKeys("Camille");
		this.browser.findElement(By.id("lastName")).sendKeys("Durand");
		this.browser.findElement(By.id("email")).sendKeys("camille-" + UUID.randomUUID() + "@example.org");
		this.browser.findElement(By.id("password")).sendKeys("Motdepasse1");
		this.browser.findElement(By.id("acceptTerms")).click();
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().endsWith("/profil"));
		assertThat(this.browser.findElement(By.cssSelector("[data-test=total-pix]")).getText()).isEqualTo("0 pix");
		assertThat(this.browser.findElements(By.cssSelector("table.scorecards tbody tr"))).hasSize(16);
		var profileTable = this.browser.findElement(By.cssSelector("table.scorecards"));
		this.browser.findElement(By.cssSelector("tr[data-competence='1.1'] form button")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(profileTable));

		int questions = 0;
		while (this.browser.getCurrentUrl().matches(".*/evaluations/[0-9a-f-]+$") && questions < 40) {
			var form = this.browser.findElement(By.id("answer-form"));
			var challengeId = this.browser.findElement(By.name("challengeId")).getDomAttribute("value");
			var challenge = this.bank.challenge(challengeId).orElseThrow();
			if (this.bank.skill(challenge.skillId()).orElseThrow().level() <= 2) {
				answer(challenge);
				this.browser.findElement(By.name("submit")).click();
			}
			else {
				this.browser.findElement(By.name("skip")).click();
			}
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
			questions++;
		}

		assertThat(this.browser.getCurrentUrl()).endsWith("/resultat");
		assertThat(this.browser.findElement(By.cssSelector("[data-test=result]")).getText())
			.isEqualTo("Compétence 1.1 : niveau 2, 16 pix.");
		var tutorials = this.browser.findElements(By.cssSelector("article.tutorial"));
		assertThat(tutorials).isNotEmpty();
		tutorials.get(0).findElement(By.cssSelector("form button")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().endsWith("/profil"));

		this.browser.get(baseUrl() + "/tutoriels");
		assertThat(this.browser.findElements(By.cssSelector("article.tutorial"))).hasSize(1);
		this.browser.get(baseUrl() + "/profil");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-competence='1.1'] [data-test=level]")).getText())
			.isEqualTo("2");
		assertThat(this.browser.findElement(By.cssSelector("[data-test=total-pix]")).getText()).isEqualTo("16 pix");
		assertThat(this.browser.findElement(By.cssSelector("figure.rosette svg title")).getAttribute("textContent"))
			.isEqualTo("Rosace des 16 compétences");

		this.browser.get(baseUrl() + "/profil?lang=en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("My profile");
	}

	private void answer(Challenge challenge) {
		switch (challenge.rightAnswer()) {
			case AnswerValue.Text text -> {
				switch (challenge.type()) {
					case QCU, QCM -> {
						for (var id : text.value().split(",")) {
							this.browser.findElement(By.cssSelector("input[name=value][value='" + id.trim() + "']")).click();
						}
					}
					default -> fill(By.id("value"), text.value());
				}
			}
			case AnswerValue.Fields fields -> fields.values()
				.forEach((key, value) -> fill(By.name("field." + key), value));
		}
	}

	private void fill(By locator, String value) {
		var element = this.browser.findElement(locator);
		if ("select".equals(element.getTagName())) {
			new org.openqa.selenium.support.ui.Select(element).selectByValue(value);
		}
		else {
			element.sendKeys(value);
		}
	}

}

package org.acquis.journeys;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner without a mouse: signs up, opens a competence, starts it and answers five
 * questions with Tab, Space, Enter and typing only (a timed question's Commencer too),
 * opens an answer's « Réponses et tutos » and continues from the checkpoint. The focus
 * ring shows; the checkpoint passes axe-core; the first question fits a 390 px phone in
 * English.
 */
class KeyboardJourneyTest extends IntegrationTest {

	private static final int TABS = 120;

	@Test
	void aLearnerAnswersFiveQuestionsAndReadsTheCheckpointWithTheKeyboardOnly() {
		try (var browser = new Browser(baseUrl())) {
			browser.open("/inscription?lang=fr");
			type(browser, By.id("firstName"), "Noa");
			type(browser, By.id("lastName"), "Clavier");
			type(browser, By.id("email"), "noa-" + UUID.randomUUID() + "@example.org");
			type(browser, By.id("password"), "Velo-Rouge-75");
			tabTo(browser, has(browser, By.id("acceptTerms"))).sendKeys(Keys.SPACE);
			assertThat(browser.find(By.id("acceptTerms")).isSelected()).isTrue();
			enterAndWait(browser, tabTo(browser, has(browser, By.cssSelector("form.form button[type=submit]"))));
			assertThat(browser.url()).endsWith("/profil");

			enterAndWait(browser, tabTo(browser, e -> "/competences/1.1".equals(e.getDomAttribute("href"))));
			assertThat(browser.url()).endsWith("/competences/1.1");
			var start = tabTo(browser,
					e -> e.findElements(By.xpath("ancestor::form[contains(@action,'/evaluation')]")).size() == 1);
			assertThat(focusRingShows(browser)).as("the focused Commencer shows its focus ring").isTrue();
			enterAndWait(browser, start);
			assertThat(browser.url()).matches(".*/evaluations/[0-9a-f-]+$");
			var firstQuestion = browser.url();

			for (int answered = 0; answered < 5; answered++) {
				answer(browser);
			}
			assertThat(browser.url()).endsWith("/point-etape");
			var summary = tabTo(browser, e -> "summary".equals(e.getTagName()));
			summary.sendKeys(Keys.ENTER);
			assertThat(summary.findElement(By.xpath("..")).getDomAttribute("open")).as("opened with Enter").isNotNull();
			browser.assertAccessible();
			enterAndWait(browser, tabTo(browser, has(browser, By.cssSelector("[data-test=continue]"))));
			assertThat(browser.url()).matches(".*/evaluations/[0-9a-f-]+$");

			browser.resize(390, 800);
			browser.open(firstQuestion.replaceFirst("^https?://[^/]+", "") + "?lang=en");
			assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
			assertThat(browser.scrollWidth()).as("width of " + browser.url()).isLessThanOrEqualTo(390);
			browser.assertAccessible();
		}
	}

	/** One question: a timed one's Commencer first, then its fields, then Je valide. */
	private static void answer(Browser browser) {
		if (!browser.findAll(By.cssSelector("[data-test=timed-warning]")).isEmpty()) {
			enterAndWait(browser, tabTo(browser,
					e -> e.findElements(By.xpath("ancestor::form[contains(@action,'/commencer')]")).size() == 1));
		}
		var form = browser.find(By.id("answer-form"));
		var choices = form.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
		if (!choices.isEmpty()) {
			tabTo(browser, e -> e.equals(choices.get(0))).sendKeys(Keys.SPACE);
			assertThat(choices.get(0).isSelected()).as("chosen with Space").isTrue();
		}
		for (var field : form.findElements(By.cssSelector("input[type=text], select, textarea"))) {
			var focused = tabTo(browser, e -> e.equals(field));
			focused.sendKeys("select".equals(field.getTagName()) ? Keys.ARROW_DOWN.toString() : "42");
		}
		enterAndWait(browser, tabTo(browser, e -> "submit".equals(e.getDomAttribute("name"))));
	}

	private static void type(Browser browser, By field, String text) {
		tabTo(browser, has(browser, field)).sendKeys(text);
	}

	private static Predicate<WebElement> has(Browser browser, By locator) {
		return e -> browser.findAll(locator).stream().findFirst().map(e::equals).orElse(false);
	}

	/** Presses Tab until the focused element matches. */
	private static WebElement tabTo(Browser browser, Predicate<WebElement> wanted) {
		for (int tabs = 0; tabs < TABS; tabs++) {
			var focused = browser.driver().switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("not reached with " + TABS + " tabs on " + browser.url());
	}

	private static void enterAndWait(Browser browser, WebElement focused) {
		var page = browser.find(By.tagName("main"));
		focused.sendKeys(Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	private static boolean focusRingShows(Browser browser) {
		return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("""
				var e = document.activeElement, s = getComputedStyle(e);
				return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
				  && e.getBoundingClientRect().height > 0;""");
	}

}

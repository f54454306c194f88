package org.acquis.support;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValue;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser journeys' pupil who knows the answers: fills a question page with the
 * bank's right one.
 */
public final class RightAnswers {

	private RightAnswers() {
	}

	/** Fills the question page's form with the right answer to this challenge. */
	public static void fill(Browser browser, ContentBank bank, Challenge challenge) {
		switch (bank.answerKey(challenge).rightAnswer()) {
			case AnswerValue.Text text -> {
				switch (challenge.type()) {
					case QCU, QCM -> {
						for (var id : text.value().split(",")) {
							browser.find(By.cssSelector("input[name=value][value='" + id.trim() + "']")).click();
						}
					}
					default -> fill(browser, By.id("value"), text.value());
				}
			}
			case AnswerValue.Fields fields ->
				fields.values().forEach((key, value) -> fill(browser, By.name("field." + key), value));
		}
	}

	private static void fill(Browser browser, By locator, String value) {
		var element = browser.find(locator);
		if ("select".equals(element.getTagName())) {
			new Select(element).selectByValue(value);
		}
		else {
			element.sendKeys(value);
		}
	}

}

package org.acquis.journeys;

import java.util.Set;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content author reads the bank's figures, opens a challenge as a learner sees it,
 * tries answers.
 */
class ContentAuthorJourneyTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	@Test
	void authorPreviewsAChallengeAndTriesAnswers() {
		var email = "auteur-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Alex", "Auteur", email, "Contenu2026", "fr", true,
				Set.of(Role.LEARNER, Role.CONTENT)));
		var challenge = this.bank.skills("crcn", "4.1")
			.stream()
			.flatMap(s -> this.bank.playableChallenges(s.id()).stream())
			.filter(c -> c.type() == org.acquis.referential.Challenge.Type.QCU)
			.findFirst()
			.orElseThrow();

		try (var browser = new Browser(baseUrl())) {
			browser.open("/connexion?lang=fr");
			browser.find(By.id("login")).sendKeys(email);
			browser.find(By.id("password")).sendKeys("Contenu2026");
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
			browser.open("/admin/contenu");
			assertThat(browser.find(By.cssSelector("[data-test=totals]")).getText()).contains(
					this.bank.allChallenges().stream().filter(c -> c.framework().equals("crcn")).count() + " épreuves");
			assertThat(browser.findAll(By.cssSelector("table.stats tbody tr"))).hasSize(16);
			browser.assertAccessible();
			browser.clickAndWait(By.linkText("4.1"));
			browser.clickAndWait(By.linkText(challenge.id()));
			browser.assertAccessible();
			browser.screenshot("preview");

			var wrong = challenge.proposals()
				.stream()
				.map(p -> p.id())
				.filter(id -> !id
					.equals(((org.acquis.referential.validation.AnswerValue.Text) this.bank.answerKey(challenge)
						.rightAnswer()).value()))
				.findFirst()
				.orElseThrow();
			browser.find(By.cssSelector("input[name=value][value='" + wrong + "']")).click();
			browser.clickAndWait(By.cssSelector("form.answer button[type=submit]"));
			assertThat(browser.find(By.cssSelector("[data-test=trial]")).getText()).startsWith("Résultat : KO");

			var right = ((org.acquis.referential.validation.AnswerValue.Text) this.bank.answerKey(challenge)
				.rightAnswer()).value();
			browser.find(By.cssSelector("input[name=value][value='" + right + "']")).click();
			browser.clickAndWait(By.cssSelector("form.answer button[type=submit]"));
			assertThat(browser.find(By.cssSelector("[data-test=trial]")).getText()).startsWith("Résultat : OK");
			assertThat(browser.find(By.cssSelector("[data-test=solution]")).getAttribute("textContent"))
				.isEqualTo(right);
		}
	}

}

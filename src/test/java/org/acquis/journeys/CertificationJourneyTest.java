package org.acquis.journeys;

import java.time.Duration;

import org.acquis.certification.CertificationFixture;
import org.acquis.evaluation.assessment.StartAssessment;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole certification session in real (headless) Chromium windows: the centre creates
 * it and enrols two candidates, the invigilator authorises both, each answers in their
 * own browser, the invigilator ends one test, the centre finalises (a reason for the
 * unfinished test), the jury publishes and the candidates are e-mailed. Every page of the
 * centre, the invigilator and the jury passes axe-core's WCAG A/AA checks.
 */
class CertificationJourneyTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	@Test
	void aSessionFromItsCreationToThePublicationOfItsResults() {
		this.clock.advance(Duration.ofMinutes(1));
		var fixture = new CertificationFixture(baseUrl(), this.registerUser, this.startAssessment, this.bank);
		var admin = fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		var referent = fixture.person("Claire", "Centre");
		var jury = fixture.person("Jules", "Jury", Role.CERTIFICATION);
		var lea = fixture.person("Léa", "Martin");
		var hugo = fixture.person("Hugo", "Bernard");
		fixture.makeEligible(lea);
		fixture.makeEligible(hugo);
		fixture.center(admin, referent);

		try (var centre = new Browser(baseUrl())) {
			login(centre, referent.email());
			long session = createSession(centre);
			enrol(centre, "Léa", "Martin", "2010-03-14");
			enrol(centre, "Hugo", "Bernard", "2010-05-01");
			var accessCode = centre.find(By.cssSelector("[data-test=access-code]")).getText();
			var password = centre.find(By.cssSelector("[data-test=invigilator-password]")).getText();

			try (var invigilator = new Browser(baseUrl());
					var leaWindow = new Browser(baseUrl());
					var hugoWindow = new Browser(baseUrl())) {
				join(leaWindow, lea.email(), session, "Léa", "Martin", "2010-03-14");
				join(hugoWindow, hugo.email(), session, "Hugo", "Bernard", "2010-05-01");

				invigilator.open("/surveillance?lang=fr");
				invigilator.assertAccessible();
				invigilator.find(By.id("session")).sendKeys(String.valueOf(session));
				invigilator.find(By.id("password")).sendKeys(password);
				invigilator.clickAndWait(By.cssSelector("form.form button[type=submit]"));
				assertThat(invigilator.url()).endsWith("/surveillance/" + session);
				invigilator.assertAccessible();
				invigilator.clickAndWait(row(invigilator, "Martin").findElement(By.cssSelector("form button")));
				invigilator.clickAndWait(row(invigilator, "Bernard").findElement(By.cssSelector("form button")));

				start(leaWindow, accessCode);
				start(hugoWindow, accessCode);
				assertThat(answer(hugoWindow, 2)).isEqualTo(2);
				invigilator.open("/surveillance/" + session);
				invigilator.clickAndWait(
						row(invigilator, "Bernard").findElement(By.cssSelector("form[action$='/terminer'] button")));
				assertThat(row(invigilator, "Bernard").findElement(By.cssSelector("[data-test=status]")).getText())
					.isNotEqualTo(
							row(invigilator, "Martin").findElement(By.cssSelector("[data-test=status]")).getText());
				int answered = answer(leaWindow, 40);
				assertThat(answered).isBetween(5, 15);
				assertThat(leaWindow.find(By.cssSelector("[data-test=test-finished]")).isDisplayed()).isTrue();
			}

			// the centre finalises: Hugo's unfinished test needs a reason
			centre.open("/certif/sessions/" + session);
			var reason = centre.findAll(By.cssSelector("form[action$='/finalisation'] label"))
				.stream()
				.filter(l -> l.getText().contains("Bernard"))
				.findFirst()
				.orElseThrow()
				.getDomAttribute("for");
			new Select(centre.find(By.id(reason))).selectByValue("CANDIDATE");
			centre.find(By.id("examinerComment")).sendKeys("Un candidat est parti avant la fin.");
			centre.assertAccessible();
			centre.clickAndWait(By.cssSelector("form[action$='/finalisation'] button"));
			assertThat(centre.findAll(By.cssSelector("p.error"))).isEmpty();
			assertThat(centre.find(By.tagName("dl")).getText()).contains("Finalisée");

			try (var juryWindow = new Browser(baseUrl())) {
				publish(juryWindow, jury.email(), session);
			}
		}
		var mails = this.mailbox.await(lea.email(), 1);
		assertThat(mails).extracting(m -> m.subject())
			.containsExactly("Vos résultats de certification sont disponibles");
		assertThat(this.mailbox.await(hugo.email(), 1)).hasSize(1);
		assertThat(this.mailbox.await(referent.email(), 1)).hasSize(1);

		// Léa finds her certificate and downloads its attestation; anyone checks its code
		String code;
		try (var leaWindow = new Browser(baseUrl())) {
			login(leaWindow, lea.email());
			leaWindow.open("/mes-certifications");
			leaWindow.assertAccessible();
			code = leaWindow.find(By.cssSelector("[data-test=certificate] [data-test=code]")).getText();
			assertThat(code).matches("P-[2346789BCDFGHJKMPQRTVWXY]{8}");
			var pdf = leaWindow.find(By.cssSelector("[data-test=certificate] a[href$='attestation.pdf']"))
				.getDomAttribute("href");
			var download = (String) ((JavascriptExecutor) leaWindow.driver()).executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
							    + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))));
							""",
					pdf);
			assertThat(download).isEqualTo("200 application/pdf %PDF-");
		}
		try (var anyone = new Browser(baseUrl())) {
			anyone.open("/verification?lang=fr");
			anyone.find(By.id("code")).sendKeys(code.toLowerCase());
			anyone.clickAndWait(By.xpath("//input[@id='code']/ancestor::form//button[@type='submit']"));
			assertThat(anyone.url()).endsWith("/verification/" + code);
			assertThat(anyone.find(By.tagName("main")).getText()).contains("Léa", "Martin", code);
			anyone.assertAccessible();
		}
	}

	private static void login(Browser browser, String email) {
		browser.open("/connexion?lang=fr");
		browser.find(By.id("login")).sendKeys(email);
		browser.find(By.id("password")).sendKeys(CertificationFixture.PASSWORD);
		browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
	}

	private static long createSession(Browser centre) {
		centre.open("/certif");
		centre.assertAccessible();
		centre.clickAndWait(By.linkText("Lycée Condorcet"));
		centre.find(By.id("address")).sendKeys("1 rue de la Paix");
		centre.find(By.id("room")).sendKeys("B12");
		set(centre, "date", "2026-12-10");
		set(centre, "time", "09:00");
		centre.find(By.id("examiner")).sendKeys("M. Durand");
		centre.assertAccessible();
		centre.clickAndWait(By.cssSelector("form[action$='/sessions'] button"));
		assertThat(centre.url()).matches(".*/certif/sessions/[0-9]+$");
		return Long.parseLong(centre.url().replaceAll(".*/", ""));
	}

	private static void enrol(Browser centre, String firstName, String lastName, String birthDate) {
		centre.find(By.id("firstName")).sendKeys(firstName);
		centre.find(By.id("lastName")).sendKeys(lastName);
		set(centre, "birthDate", birthDate);
		centre.clickAndWait(By.cssSelector("form[action$='/candidats'] button"));
		assertThat(centre.find(By.tagName("table")).getText()).contains(lastName + " " + firstName);
		centre.assertAccessible();
	}

	private static void join(Browser browser, String email, long session, String firstName, String lastName,
			String birthDate) {
		login(browser, email);
		browser.open("/certification");
		browser.find(By.id("session")).sendKeys(String.valueOf(session));
		browser.find(By.id("firstName")).sendKeys(firstName);
		browser.find(By.id("lastName")).sendKeys(lastName);
		set(browser, "birthDate", birthDate);
		browser.clickAndWait(By.cssSelector("form[action$='/rejoindre'] button"));
		assertThat(browser.url()).matches(".*/certification/[0-9a-f-]+$");
		browser.assertAccessible();
	}

	/**
	 * Once authorised (the waiting page asks every 3 s), the access code starts the test.
	 */
	private static void start(Browser browser, String accessCode) {
		browser.waitFor(By.id("accessCode")).sendKeys(accessCode);
		browser.clickAndWait(By.cssSelector("form[action$='/code'] button"));
		assertThat(browser.url()).matches(".*/evaluations/[0-9a-f-]+$");
	}

	/** Answers right at most this many questions; how many were answered. */
	private int answer(Browser browser, int most) {
		int answered = 0;
		while (answered < most && browser.url().matches(".*/evaluations/[0-9a-f-]+(/point-etape)?$")) {
			if (browser.url().endsWith("/point-etape")) {
				browser.clickAndWait(By.cssSelector("[data-test=continue]"));
				continue;
			}
			if (!browser.findAll(By.cssSelector("[data-test=timed-warning]")).isEmpty()) {
				browser.clickAndWait(By.cssSelector("form[action$='/commencer'] button"));
			}
			var challenge = this.bank.challenge(browser.find(By.name("challengeId")).getDomAttribute("value"))
				.orElseThrow();
			fillRightAnswer(browser, challenge);
			browser.clickAndWait(By.name("submit"));
			answered++;
		}
		return answered;
	}

	private void publish(Browser browser, String email, long session) {
		login(browser, email);
		browser.open("/admin");
		browser.clickAndWait(By.linkText("Jury de certification"));
		browser.assertAccessible();
		new Select(browser.find(By.id("statut"))).selectByValue("FINALIZED");
		browser.clickAndWait(By.cssSelector("form[action$='/admin/jury'] button"));
		var line = browser.find(By.cssSelector("tr[data-session='" + session + "']"));
		assertThat(line.findElement(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Finalisée");
		browser.clickAndWait(line.findElement(By.linkText(String.valueOf(session))));
		browser.assertAccessible();
		assertThat(browser.find(By.tagName("main")).getText()).contains("Un candidat est parti avant la fin.")
			.contains("Martin Léa")
			.contains("Bernard Hugo");
		browser.clickAndWait(By.cssSelector("form[action$='/assignation'] button"));
		assertThat(browser.find(By.cssSelector("[data-test=assignee]")).getText()).isEqualTo("Jules Jury");
		assertThat(browser.find(By.cssSelector("[data-test=status]")).getText()).isEqualTo("En cours de traitement");
		browser.screenshot("jury-session");
		browser.clickAndWait(By.cssSelector("form[action$='/publication'] button"));
		assertThat(browser.find(By.cssSelector("p.info[role=status]")).getText())
			.startsWith("Les résultats sont publiés");
		assertThat(browser.find(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Traitée");
		browser.assertAccessible();
	}

	private static WebElement row(Browser invigilator, String lastName) {
		return invigilator.findAll(By.cssSelector("tr[data-candidate]"))
			.stream()
			.filter(r -> r.getText().contains(lastName))
			.findFirst()
			.orElseThrow();
	}

	/** Date and time fields are typed in the browser's own format: set their value. */
	private static void set(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(id)), value);
	}

	private void fillRightAnswer(Browser browser, Challenge challenge) {
		RightAnswers.fill(browser, this.bank, challenge);
	}

}

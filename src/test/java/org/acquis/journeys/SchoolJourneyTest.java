package org.acquis.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures;
import org.acquis.organization.OrganizationFixtures.Pupil;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.support.Browser;
import org.acquis.support.IntegrationTest;
import org.acquis.support.RightAnswers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation space's "done when", in a real (headless) Chromium: a teacher accepts
 * the terms, imports a SIECLE file and follows the job to its end, creates a campaign; a
 * pupil signs up (a name close to the imported record's, the same birth date), joins with
 * the code's link, is matched to the record, answers the campaign's questions and sends
 * the results; the teacher sees them and downloads the CSV. Every page passes axe-core's
 * WCAG A/AA checks.
 */
class SchoolJourneyTest extends IntegrationTest {

	private static final String PASSWORD = OrganizationFixtures.PASSWORD;

	@Autowired
	ContentBank bank;

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ApplicationContext context;

	@Test
	void teacherImportsPupilsCreatesACampaignAndReceivesAPupilsResults() throws Exception {
		var fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		var teacher = fixtures.user("Claire");
		var uai = OrganizationFixtures.uai();
		var school = fixtures.school(uai, teacher);
		var profile = smallTargetProfile(fixtures, school);
		try (var browser = new Browser(baseUrl())) {
			login(browser, teacher.email());
			browser.open("/orga/" + school + "/imports");
			assertThat(browser.url()).as("the terms first").endsWith("/orga/conditions");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("form[action$='/orga/conditions'] button"));

			browser.open("/orga/" + school + "/imports");
			browser.assertAccessible();
			var file = Files.createTempFile("ElevesSansAdresse", ".xml");
			Files.write(file,
					OrganizationFixtures.bytes(
							OrganizationFixtures.siecle(uai, "ISO-8859-15",
									List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"),
											new Pupil("123456789AC", "Lefèvre", "Noé", "12/11/2012", "6B"))),
							"ISO-8859-15"));
			new Select(browser.find(By.id("format"))).selectByValue("SIECLE_XML");
			browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.clickAndWait(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
			assertThat(browser.url()).contains("/orga/" + school + "/imports/");
			ImportJobRunner.run(this.context, browser.url().substring(browser.url().lastIndexOf('/') + 1));
			browser.waitFor(By.xpath("//*[@id='import-status']/p[contains(., 'Import terminé')]"));
			assertThat(browser.find(By.id("import-status")).getText()).contains("2 élève(s) ajouté(s)");
			browser.assertAccessible();

			browser.open("/orga/" + school + "/campagnes");
			browser.assertAccessible();
			browser.find(By.id("name")).sendKeys("Rentrée 6A");
			browser.find(By.cssSelector("input[name=targetProfileId][value='" + profile + "']")).click();
			browser.find(By.id("landingText")).sendKeys("Bienvenue !");
			browser.clickAndWait(By.cssSelector("form[action$='/campagnes'] button[type=submit]"));
			var followUp = browser.url();
			assertThat(followUp).matches(".*/orga/" + school + "/campagnes/[0-9a-f-]+$");
			var code = browser.find(By.cssSelector("[data-test=campaign-code]")).getText();
			browser.assertAccessible();

			browser.driver().manage().deleteAllCookies();
			pupilJoinsCompletesAndShares(browser, code);

			browser.driver().manage().deleteAllCookies();
			login(browser, teacher.email());
			browser.open(followUp.substring(baseUrl().length()));
			assertThat(browser.find(By.cssSelector("[data-test=campaign-counts]")).getText())
				.isEqualTo("0 en cours, 0 à envoyer, 1 résultats reçus");
			var row = browser.find(By.xpath("//div[@id='participants']//tbody/tr"));
			assertThat(row.getText()).contains("Dupré", "Zoé", "6A", "Résultats envoyés");
			browser.assertAccessible();
			browser.clickAndWait(By.linkText("Dupré"));
			assertThat(browser.find(By.tagName("h1")).getText()).contains("Zoé");
			browser.assertAccessible();

			browser.open(followUp.substring(baseUrl().length()));
			var csv = download(browser, browser.find(By.cssSelector("a[href$='/export.csv']")).getDomAttribute("href"));
			var lines = csv.split("\r\n");
			assertThat(lines).hasSize(2);
			assertThat(lines[1]).startsWith("Dupré;Zoé;6A;Résultats envoyés;").endsWith(";100;100;100");
		}
	}

	private void pupilJoinsCompletesAndShares(Browser browser, String code) {
		browser.open("/?lang=fr");
		browser.open("/inscription");
		browser.find(By.id("firstName")).sendKeys("Zoe");
		browser.find(By.id("lastName")).sendKeys("Dupret");
		browser.find(By.id("email")).sendKeys("zoe-" + UUID.randomUUID() + "@example.org");
		browser.find(By.id("password")).sendKeys(PASSWORD);
		browser.find(By.id("acceptTerms")).click();
		browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.url()).endsWith("/profil");

		browser.open("/campagnes/" + code);
		assertThat(browser.find(By.cssSelector("p.lead")).getText()).isEqualTo("Bienvenue !");
		browser.assertAccessible();
		browser.find(By.id("firstName")).sendKeys("Zoe");
		browser.find(By.id("lastName")).sendKeys("Dupret");
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('birthDate').value = '2013-04-03'");
		browser.clickAndWait(By.cssSelector("form[action$='/participation'] button[type=submit]"));

		int questions = 0;
		while (browser.url().matches(".*/evaluations/[0-9a-f-]+(/point-etape)?$") && questions < 40) {
			if (browser.url().endsWith("/point-etape")) {
				browser.clickAndWait(By.cssSelector("[data-test=continue]"));
				continue;
			}
			if (!browser.findAll(By.cssSelector("[data-test=timed-warning]")).isEmpty()) {
				browser.clickAndWait(By.cssSelector("form[action$='/commencer'] button"));
			}
			if (questions == 0) {
				browser.assertAccessible();
			}
			answer(browser,
					this.bank.challenge(browser.find(By.name("challengeId")).getDomAttribute("value")).orElseThrow());
			browser.clickAndWait(By.name("submit"));
			questions++;
		}
		assertThat(questions).isPositive();
		assertThat(browser.url()).endsWith("/campagnes/" + code + "/resultats");
		assertThat(browser.find(By.cssSelector("[data-test=campaign-mastery]")).getText())
			.isEqualTo("Acquis maîtrisés : 100 % (4 sur 4)");
		browser.assertAccessible();
		browser.clickAndWait(By.cssSelector("form[action$='/partage'] button"));
		assertThat(browser.find(By.cssSelector("[data-test=campaign-shared]")).getText())
			.startsWith("Résultats envoyés le");
		browser.assertAccessible();
	}

	/** Two tubes up to level 2, offered to the school. */
	private String smallTargetProfile(OrganizationFixtures fixtures, String school) {
		var tubes = List.of(Map.of("tube", this.bank.tubes("crcn", "1.1").get(0).name(), "maxLevel", 2),
				Map.of("tube", this.bank.tubes("crcn", "4.2").get(0).name(), "maxLevel", 2));
		var created = fixtures.platformAdmin()
			.post("/api/admin/target-profiles", Map.of("name", "Profil du parcours", "tubes", tubes, "stages",
					List.of(Map.of("threshold", 0, "title", "Départ"), Map.of("threshold", 50, "title", "Moitié"))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(fixtures.platformAdmin()
			.post("/api/admin/target-profiles/" + id + "/organizations", Map.of("organizationIds", List.of(school)))
			.status()).isEqualTo(200);
		return id;
	}

	private static void login(Browser browser, String email) {
		browser.open("/connexion");
		browser.find(By.id("login")).sendKeys(email);
		browser.find(By.id("password")).sendKeys(PASSWORD);
		browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
	}

	/** The file the link gives, fetched with the browser's cookies. */
	private String download(Browser browser, String href) throws IOException, InterruptedException {
		var cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		var text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return text.substring(1);
	}

	private void answer(Browser browser, Challenge challenge) {
		RightAnswers.fill(browser, this.bank, challenge);
	}

}

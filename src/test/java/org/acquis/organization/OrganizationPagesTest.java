package org.acquis.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures.Pupil;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher's pages: the import form (a multipart form with its CSRF token), the import's
 * page whose status part htmx polls while it runs, the learners by class.
 */
class OrganizationPagesTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aTeacherImportsAFileAndSeesThePupilsByClass() throws Exception {
		this.clock.advance(Duration.ofMinutes(1));
		var fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		var teacher = fixtures.user("Nadia");
		var uai = OrganizationFixtures.uai();
		var school = fixtures.school(uai, teacher);
		var browser = new PageClient(baseUrl());
		browser.login(teacher.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		var form = browser.get("/orga/" + school + "/imports");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "SIECLE_XML");

		var xml = OrganizationFixtures.siecle(uai, "ISO-8859-15",
				List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"),
						new Pupil("123456789AC", "Lefèvre", "Noé", "12/11/2012", "6B")));
		var location = uploadThroughTheForm(browser, "/orga/" + school + "/imports",
				OrganizationFixtures.bytes(xml, "ISO-8859-15"));
		assertThat(location).contains("/orga/" + school + "/imports/");
		assertThat(browser.get(location).body()).as("polled while it waits").contains("hx-trigger=\"every 2s\"");
		ImportJobRunner.run(this.context, location.substring(location.lastIndexOf('/') + 1));

		var status = browser.get(location);
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body()).contains("Import terminé", "2 élève(s) ajouté(s)").doesNotContain("hx-trigger");
		var fragment = browser.get(location + "/etat");
		assertThat(fragment.body()).contains("id=\"import-status\"").doesNotContain("<html");
		var sixthA = browser.get("/orga/" + school + "/eleves?division=6A");
		assertThat(sixthA.body()).contains("Zoé", "Dupré").doesNotContain("Lefèvre");
	}

	@Test
	void aRunningImportIsPolledEveryTwoSeconds() {
		this.clock.advance(Duration.ofMinutes(1));
		var fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		var teacher = fixtures.user("Omar");
		var school = fixtures.school(OrganizationFixtures.uai(), teacher);
		var running = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO organization_learner_import
				  (id, organization_id, format, status, imported_by, progress, created_at, updated_at)
				VALUES (?, ?, 'SIECLE_XML', 'RUNNING', ?, 500, now(), now())""")
			.params(running, UUID.fromString(school), teacher.id())
			.update();
		var browser = new PageClient(baseUrl());
		browser.login(teacher.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());

		var page = browser.get("/orga/" + school + "/imports/" + running);

		assertThat(page.body()).contains("hx-get=\"/orga/" + school + "/imports/" + running + "/etat\"",
				"hx-trigger=\"every 2s\"", "500 élève(s) lu(s)", "htmx.min.js");
		assertThat(browser.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").status()).isEqualTo(200);
	}

	private String uploadThroughTheForm(PageClient browser, String path, byte[] file)
			throws IOException, InterruptedException {
		var boundary = "----acquis" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		for (var field : Map.of("_csrf", browser.csrf(), "format", "SIECLE_XML").entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.xml\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Cookie", "SESSION=" + browser.cookie("SESSION"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}

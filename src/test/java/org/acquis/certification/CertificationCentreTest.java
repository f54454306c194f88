package org.acquis.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.miachm.sods.SpreadSheet;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The centre's tools around a session: the ODS template filled and sent back (all or
 * nothing, wrong lines named), the attendance sheet (PDF), the school's pupils enrolled
 * by class, and the session page's edit, delete and remove forms.
 */
class CertificationCentreTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	StartAssessment startAssessment;

	@Autowired
	ContentBank bank;

	private CertificationFixture fixture;

	private CertificationFixture.Person admin;

	private CertificationFixture.Person member;

	@BeforeEach
	void aCentreWithItsMember() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixture = new CertificationFixture(baseUrl(), this.registerUser, this.startAssessment, this.bank);
		this.admin = this.fixture.person("Sam", "Admin", Role.SUPER_ADMIN);
		this.member = this.fixture.person("Claire", "Centre");
	}

	@Test
	void theOdsTemplateFilledWithAWrongLineEnrolsNobodyThenEveryoneOnceFixed() throws IOException {
		long session = session(this.fixture.center(this.admin, this.member));
		var template = bytes("/api/sessions/" + session + "/candidates/template.ods");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.oasis.opendocument.spreadsheet");
		var csvTitles = this.member.api()
			.get("/api/sessions/" + session + "/candidates/template.csv")
			.raw()
			.replace("\uFEFF", "")
			.strip()
			.split(";");
		var spreadsheet = new SpreadSheet(new ByteArrayInputStream(template.body()));
		var sheet = spreadsheet.getSheet(0);
		assertThat(Arrays.stream(sheet.getDataRange().getValues()[0]).map(String::valueOf).toList())
			.containsExactly(csvTitles);

		sheet.appendRows(2);
		sheet.getRange(1, 0, 1, 3).setValues("Martin", "Léa", LocalDate.of(2010, 3, 14));
		sheet.getRange(1, 10).setValue(33.0);
		sheet.getRange(2, 0, 1, 3).setValues("Durand", "Paul", "31/02/2010");
		var refused = this.member.api()
			.send("POST", "/api/sessions/" + session + "/candidates/import",
					"application/vnd.oasis.opendocument.spreadsheet", ods(spreadsheet), Map.of());
		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.body().get("code").asString()).isEqualTo("CANDIDATE_IMPORT_INVALID");
		assertThat(refused.body().get("errors")).hasSize(1);
		assertThat(refused.body().get("errors").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
		assertThat(this.member.api().get("/api/sessions/" + session + "/candidates").body()).isEmpty();

		// the page lists the same line, and enrols no one
		var page = pages(this.member);
		page.get("/certif/sessions/" + session);
		var shown = upload(page, "/certif/sessions/" + session + "/candidats/import", "candidats.ods",
				ods(spreadsheet));
		assertThat(shown).contains("Ligne 3, Date de naissance").contains("Aucun candidat n&#39;a été inscrit");

		sheet.getRange(2, 2).setValue("28/02/2010");
		var imported = this.member.api()
			.send("POST", "/api/sessions/" + session + "/candidates/import",
					"application/vnd.oasis.opendocument.spreadsheet", ods(spreadsheet), Map.of());
		assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
		assertThat(imported.body().get("imported").asInt()).isEqualTo(2);
		var candidates = this.member.api().get("/api/sessions/" + session + "/candidates").body();
		assertThat(candidates.get(1).get("lastName").asString()).isEqualTo("Martin");
		assertThat(candidates.get(1).get("birthDate").asString()).isEqualTo("2010-03-14");
		assertThat(candidates.get(1).get("extraTimePercent").asInt()).isEqualTo(33);
	}

	@Test
	void aFileThatIsAZipButNoSpreadsheetIsRefusedWithItsCode() {
		long session = session(this.fixture.center(this.admin, this.member));
		var zip = new ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
			out.write(new byte[20 * 1024 * 1024]);
			out.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		var refused = this.member.api()
			.send("POST", "/api/sessions/" + session + "/candidates/import",
					"application/vnd.oasis.opendocument.spreadsheet", zip.toByteArray(), Map.of());
		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.body().get("code").asString()).isEqualTo("CANDIDATE_IMPORT_NOT_ODS");
	}

	@Test
	void theAttendanceSheetNamesEveryCandidateOverSeveralPagesForItsCentreOnly() throws IOException {
		long session = session(this.fixture.center(this.admin, this.member));
		var csv = new StringBuilder("Nom;Prénom;Date de naissance;Temps majoré\n");
		for (int i = 1; i <= 45; i++) {
			csv.append("Élève%02d;Zoé%02d;14/03/2010;%s\n".formatted(i, i, i == 1 ? "30" : ""));
		}
		assertThat(this.member.api()
			.send("POST", "/api/sessions/" + session + "/candidates/import", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8), Map.of())
			.status()).isEqualTo(201);

		var response = bytes("/api/sessions/" + session + "/attendance-sheet.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "attendance-sheet-test.pdf"), response.body());
		var reader = new PdfReader(response.body());
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		var extractor = new PdfTextExtractor(reader);
		var first = extractor.getTextFromPage(1);
		var text = new StringBuilder();
		for (int p = 1; p <= reader.getNumberOfPages(); p++) {
			text.append(extractor.getTextFromPage(p)).append('\n');
		}
		assertThat(first).contains("Feuille d'émargement", String.valueOf(session), "Lycée Condorcet",
				"1 rue de la Paix", "B12", "10/12/2026", "09:00", "M. Durand", "Élève01", "Zoé01", "14/03/2010",
				"30 %");
		for (int i = 1; i <= 45; i++) {
			assertThat(text).contains("Élève%02d".formatted(i));
		}
		assertThat(extractor.getTextFromPage(2)).contains("Signature");

		var stranger = this.fixture.person("Paul", "Ailleurs");
		this.fixture.center(this.admin, stranger);
		assertThat(stranger.api().get("/api/sessions/" + session + "/attendance-sheet.pdf").status()).isEqualTo(404);
		assertThat(pages(stranger).get("/certif/sessions/" + session + "/feuille-emargement.pdf").status())
			.isEqualTo(404);
		assertThat(pages(this.member).get("/certif/sessions/" + session + "/feuille-emargement.pdf").status())
			.isEqualTo(200);
	}

	@Test
	void pupilsOfTheCentresSchoolAreEnrolledOnceAndAnotherSchoolsPupilIsRefused() {
		var school = school();
		var sixA = learner(school, "Léa", "Martin", "6A");
		var sixA2 = learner(school, "Hugo", "Bernard", "6A");
		var sixB = learner(school, "Inès", "Petit", "6B");
		var elsewhere = learner(school(), "Noé", "Roux", "6A");
		var created = this.admin.api()
			.post("/api/admin/certification-centers",
					Map.of("name", "Collège Jean Moulin", "type", "SCO", "organizationId", school));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var center = created.body().get("id").asString();
		assertThat(this.admin.api()
			.post("/api/admin/certification-centers/" + center + "/memberships",
					Map.of("userId", this.member.id().toString(), "role", "ADMIN"))
			.status()).isEqualTo(201);
		long session = session(center);
		var path = "/api/sessions/" + session + "/candidates/from-learners";

		var other = this.member.api().post(path, Map.of("learnerIds", List.of(sixA, elsewhere)));
		assertThat(other.status()).as(other.raw()).isEqualTo(404);
		assertThat(other.body().get("code").asString()).isEqualTo("LEARNER_NOT_FOUND");
		assertThat(this.member.api().get("/api/sessions/" + session + "/candidates").body()).isEmpty();

		var enrolled = this.member.api().post(path, Map.of("learnerIds", List.of(sixA)));
		assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(200);
		assertThat(enrolled.body().get("enrolled").asInt()).isEqualTo(1);

		// the page: the class filter, a checkbox per pupil, the enrolled one ticked
		var page = pages(this.member);
		var shown = page.get("/certif/sessions/" + session + "?classe=6A").body();
		assertThat(shown)
			.contains("Inscrire des élèves de l&#39;établissement", "<option value=\"6B\"", "value=\"" + sixA2 + "\"",
					"Bernard Hugo", "(déjà inscrit)")
			.doesNotContain("Petit");
		var posted = page.post("/certif/sessions/" + session + "/eleves", Map.of("learnerIds", sixA2, "classe", "6A"));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(page.get(posted.location().substring(posted.location().indexOf("/certif"))).body())
			.contains("1 élève(s) inscrit(s), 0 déjà inscrit(s)");

		var again = this.member.api().post(path, Map.of("learnerIds", List.of(sixA, sixA2)));
		assertThat(again.body().get("enrolled").asInt()).isZero();
		assertThat(again.body().get("alreadyEnrolled").asInt()).isEqualTo(2);
		assertThat(this.member.api().get("/api/sessions/" + session + "/candidates").body()).hasSize(2);
		assertThat(page.post("/certif/sessions/" + session + "/eleves", Map.of("learnerIds", elsewhere)).status())
			.isEqualTo(404);

		// a pupil enrolled by hand (same names, same birth date) is not enrolled a second
		// time
		assertThat(this.member.api()
			.post("/api/sessions/" + session + "/candidates",
					Map.of("firstName", "inès", "lastName", "PETIT", "birthDate", "2013-05-02"))
			.status()).isEqualTo(201);
		var byHand = this.member.api().post(path, Map.of("learnerIds", List.of(sixB)));
		assertThat(byHand.status()).as(byHand.raw()).isEqualTo(200);
		assertThat(byHand.body().get("alreadyEnrolled").asInt()).isEqualTo(1);
		assertThat(this.member.api().get("/api/sessions/" + session + "/candidates").body()).hasSize(3);

		// a centre without a school has no pupils to offer
		long plain = session(this.fixture.center(this.admin, this.member));
		assertThat(this.member.api()
			.post("/api/sessions/" + plain + "/candidates/from-learners", Map.of("learnerIds", List.of(sixA)))
			.status()).isEqualTo(404);
		assertThat(page.get("/certif/sessions/" + plain).body()).doesNotContain("Inscrire des élèves");
	}

	@Test
	void theSessionPageEditsRemovesAndDeletesWhileTheSessionIsCreated() {
		var center = this.fixture.center(this.admin, this.member);
		long session = session(center);
		var candidate = this.member.api()
			.post("/api/sessions/" + session + "/candidates",
					Map.of("firstName", "Léa", "lastName", "Martin", "birthDate", "2010-03-14"))
			.body()
			.get("candidateId")
			.asString();
		var page = pages(this.member);
		var path = "/certif/sessions/" + session;
		assertThat(page.get(path).body()).contains(path + "/candidats/" + candidate + "/retrait",
				path + "/modification", path + "/suppression", "modele-candidats.ods", "feuille-emargement.pdf");

		assertThat(page
			.post(path + "/modification", Map.of("address", "2 rue Neuve", "room", "C3", "date", "2026-12-11", "time",
					"14:30", "examiner", "Mme Roy", "description", ""))
			.status()).isEqualTo(302);
		var edited = this.member.api().get("/api/sessions/" + session).body();
		assertThat(edited.get("room").asString()).isEqualTo("C3");
		assertThat(edited.get("time").asString()).startsWith("14:30");
		assertThat(page.get(path).body()).contains("La session a été modifiée.");
		page.post(path + "/modification", Map.of("address", "", "room", "C3", "date", "2026-12-11", "time", "14:30",
				"examiner", "Mme Roy", "description", ""));
		assertThat(page.get(path).body()).contains("sont obligatoires");

		assertThat(page.post(path + "/candidats/" + candidate + "/retrait", Map.of()).status()).isEqualTo(302);
		assertThat(this.member.api().get("/api/sessions/" + session + "/candidates").body()).isEmpty();
		assertThat(page.post(path + "/candidats/" + UUID.randomUUID() + "/retrait", Map.of()).status()).isEqualTo(404);

		var stranger = this.fixture.person("Paul", "Ailleurs");
		this.fixture.center(this.admin, stranger);
		var other = pages(stranger);
		other.get("/certif");
		assertThat(other.post(path + "/suppression", Map.of()).status()).isEqualTo(404);
		assertThat(other.post(path + "/modification", Map.of("room", "X")).status()).isEqualTo(404);

		var deleted = page.post(path + "/suppression", Map.of());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).endsWith("/certif/centres/" + center);
		assertThat(this.member.api().get("/api/sessions/" + session).status()).isEqualTo(404);

		// a finalised session keeps its details
		long closed = session(center);
		assertThat(this.member.api().post("/api/sessions/" + closed + "/finalization", Map.of()).status())
			.isEqualTo(200);
		page.get("/certif/sessions/" + closed);
		page.post("/certif/sessions/" + closed + "/suppression", Map.of());
		assertThat(this.member.api().get("/api/sessions/" + closed).status()).isEqualTo(200);
		assertThat(page.get("/certif/sessions/" + closed).body()).doesNotContain("/modification");
	}

	private long session(String center) {
		var created = this.fixture.session(this.member, center);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private String school() {
		var uai = "%07dZ".formatted(new java.security.SecureRandom().nextInt(10_000_000));
		var created = this.admin.api()
			.post("/api/admin/organizations", Map.of("name", "Collège " + uai, "type", "SCO", "uai", uai,
					"managesStudents", true, "tags", List.of()));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(this.admin.api()
			.post("/api/admin/organizations/" + id + "/memberships",
					Map.of("userId", this.admin.id().toString(), "role", "ADMIN"))
			.status()).isEqualTo(201);
		return id;
	}

	private String learner(String school, String firstName, String lastName, String division) {
		var created = this.admin.api()
			.post("/api/organizations/" + school + "/learners", Map.of("firstName", firstName, "lastName", lastName,
					"birthDate", "2013-05-02", "division", division));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private HttpResponse<byte[]> bytes(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Authorization", "Bearer " + this.member.api().token())
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] ods(SpreadSheet spreadsheet) {
		var out = new ByteArrayOutputStream();
		try {
			spreadsheet.save(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private PageClient pages(CertificationFixture.Person person) {
		var client = new PageClient(baseUrl());
		assertThat(client.login(person.email(), CertificationFixture.PASSWORD).status()).isEqualTo(302);
		return client;
	}

	/**
	 * A file sent by the page's form (multipart, with its CSRF token); the page shown
	 * after.
	 */
	private String upload(PageClient page, String path, String name, byte[] file) {
		var boundary = "----acquis" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + page.csrf()
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			var response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Cookie", "SESSION=" + page.cookie("SESSION"))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
			var location = response.headers().firstValue("Location").orElseThrow();
			return page.get(location.substring(location.indexOf("/certif")).replaceAll("#.*$", "")).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

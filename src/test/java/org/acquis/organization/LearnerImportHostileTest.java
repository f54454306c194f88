package org.acquis.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures.Pupil;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.acquis.organization.OrganizationFixtures.bytes;
import static org.acquis.organization.OrganizationFixtures.siecle;
import static org.acquis.organization.OrganizationFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learner files an attacker or a mistaken teacher sends: external entities, entity
 * expansion, a zip bomb, another school's file, the wrong format, a file too large. Each
 * is refused with a clear code and imports nothing.
 */
class LearnerImportHostileTest extends IntegrationTest {

	private static final String PUPIL = "<ELEVE ELEVE_ID=\"1\"><ID_NATIONAL>123456789AB</ID_NATIONAL>"
			+ "<NOM_DE_FAMILLE>&x;</NOM_DE_FAMILLE><PRENOM>Zoé</PRENOM><DATE_NAISS>03/04/2013</DATE_NAISS>"
			+ "<CODE_PAYS>100</CODE_PAYS><CODE_COMMUNE_INSEE_NAISS>75056</CODE_COMMUNE_INSEE_NAISS></ELEVE>";

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ApplicationContext context;

	private ApiClient teacher;

	private String school;

	private String uai;

	@BeforeEach
	void aSchoolAndItsAdmin() {
		this.clock.advance(Duration.ofMinutes(1));
		var fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		var admin = fixtures.user("Hugo");
		this.teacher = admin.api();
		this.uai = OrganizationFixtures.uai();
		this.school = fixtures.school(this.uai, admin);
	}

	@Test
	void anExternalEntityIsNeverResolved() {
		var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE BEE_ELEVES [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<BEE_ELEVES><PARAMETRES><UAJ>" + this.uai + "</UAJ></PARAMETRES><DONNEES><ELEVES>" + PUPIL
				+ "</ELEVES></DONNEES></BEE_ELEVES>";

		var report = failed(xml.getBytes(StandardCharsets.UTF_8), "SIECLE_XML", "IMPORT_XML_DTD_FORBIDDEN");

		assertThat(report.toString()).doesNotContain("root:");
	}

	@Test
	void entityExpansionIsRefused() {
		var entities = new StringBuilder("<!ENTITY x0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY x")
				.append(i)
				.append(" \"")
				.append(("&x" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE BEE_ELEVES [" + entities + "<!ENTITY x \"&x9;\">]>\n"
				+ "<BEE_ELEVES><PARAMETRES><UAJ>" + this.uai + "</UAJ></PARAMETRES><DONNEES><ELEVES>" + PUPIL
				+ "</ELEVES></DONNEES></BEE_ELEVES>";

		failed(xml.getBytes(StandardCharsets.UTF_8), "SIECLE_XML", "IMPORT_XML_DTD_FORBIDDEN");
	}

	@Test
	void aZipBombIsStoppedAtTheUnzippedLimit() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("ElevesSansAdresse.xml"));
			zip.write("<?xml version=\"1.0\"?><BEE_ELEVES><!--".getBytes(StandardCharsets.US_ASCII));
			var zeros = new byte[1 << 20];
			java.util.Arrays.fill(zeros, (byte) 'A');
			for (int i = 0; i < 210; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).as("a small upload").isLessThan(1_000_000);

		failed(out.toByteArray(), "SIECLE_XML", "IMPORT_FILE_TOO_LARGE");
	}

	@Test
	void anotherSchoolsFileIsRefused() {
		var xml = siecle("0000001Z", "UTF-8", List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A")));

		failed(bytes(xml, "UTF-8"), "SIECLE_XML", "IMPORT_UAI_MISMATCH");
	}

	@Test
	void theWrongFormatIsRefusedClearly() {
		var csv = "Identifiant unique;Premier prénom;Nom de famille;Date de naissance;Division\n"
			.getBytes(StandardCharsets.UTF_8);
		failed(csv, "SIECLE_XML", "IMPORT_FILE_UNREADABLE");
		failed("<?xml version=\"1.0\"?><ROOT/>".getBytes(StandardCharsets.UTF_8), "SIECLE_XML", "IMPORT_FORMAT_WRONG");
		failed(bytes(siecle(this.uai, "UTF-8", List.of()), "UTF-8"), "SCO_CSV", "IMPORT_COLUMN_MISSING");
		failed(new byte[] { (byte) 0xC3, 0x28, ';', '\n' }, "SCO_CSV", "IMPORT_CSV_NOT_UTF8");

		var unknown = upload(this.teacher, this.school, "PDF", csv);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("code").asString()).isEqualTo("IMPORT_FORMAT_UNKNOWN");
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeBeingRead() {
		var tooLarge = new byte[21 * 1024 * 1024];

		var response = upload(this.teacher, this.school, "SIECLE_XML", tooLarge);

		assertThat(response.status()).as(response.raw()).isEqualTo(413);
		assertThat(response.body().get("code").asString()).isEqualTo("REQUEST_TOO_LARGE");
	}

	private JsonNode failed(byte[] file, String format, String code) {
		var started = upload(this.teacher, this.school, format, file);
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		ImportJobRunner.run(this.context, started.body().get("importId").asString());
		var report = this.teacher
			.get("/api/organizations/" + this.school + "/learner-imports/" + started.body().get("importId").asString())
			.body();
		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("FAILED");
		assertThat(report.get("errors").findValuesAsString("code")).as(report.toString()).contains(code);
		assertThat(report.get("errors").get(0).get("message").asString()).doesNotStartWith("IMPORT_");
		assertThat(this.teacher.get("/api/organizations/" + this.school + "/learners").body().get("total").asInt())
			.isZero();
		return report;
	}

}

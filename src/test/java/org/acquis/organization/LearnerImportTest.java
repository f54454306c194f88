package org.acquis.organization;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import static org.acquis.organization.OrganizationFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's full learner list, imported from SIECLE or CSV: created, updated, disabled,
 * never deleted; the same file twice changes nothing; a file with errors imports nothing
 * and reports every error with its line and field.
 */
class LearnerImportTest extends IntegrationTest {

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
		var admin = fixtures.user("Claire");
		this.teacher = admin.api();
		this.uai = OrganizationFixtures.uai();
		this.school = fixtures.school(this.uai, admin);
	}

	private static final List<Pupil> CLASS = List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"),
			new Pupil("123456789AC", "Lefèvre", "Noé", "12/11/2012", "6A"),
			new Pupil("123456789AD", "Œuvray", "Anaïs", "29/02/2012", "6B"));

	@Test
	void aZippedSiecleFileInIso885915IsImportedWithItsDivisions() {
		var file = zip("ElevesSansAdresse.xml", bytes(siecle(this.uai, "ISO-8859-15", CLASS), "ISO-8859-15"));

		var report = imported(upload(this.teacher, this.school, "SIECLE_XML", file));

		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("IMPORTED");
		assertThat(report.get("created").asInt()).isEqualTo(3);
		var sixthB = this.teacher.get("/api/organizations/" + this.school + "/learners?division=6B").body();
		assertThat(sixthB.get("total").asInt()).isEqualTo(1);
		var anais = sixthB.get("items").get(0);
		assertThat(anais.get("firstName").asString()).isEqualTo("Anaïs");
		assertThat(anais.get("lastName").asString()).isEqualTo("Œuvray");
		assertThat(anais.get("birthDate").asString()).isEqualTo("2012-02-29");
		assertThat(anais.get("nationalId").asString()).isEqualTo("123456789AD");
		assertThat(anais.get("active").asBoolean()).isTrue();
	}

	@Test
	void aFullListReplacesThePreviousOneAndTheSameListTwiceChangesNothing() {
		imported(upload(this.teacher, this.school, "SIECLE_XML", bytes(siecle(this.uai, "UTF-8", CLASS), "UTF-8")));
		var next = new ArrayList<>(CLASS.subList(1, 3));
		next.set(0, new Pupil("123456789AC", "Lefèvre", "Noé", "12/11/2012", "5A"));
		next.add(new Pupil("123456789AE", "Nouveau", "Sam", "01/01/2013", "6B"));
		var file = bytes(siecle(this.uai, "UTF-8", next), "UTF-8");

		var report = imported(upload(this.teacher, this.school, "SIECLE_XML", file));
		assertThat(
				List.of(report.get("created").asInt(), report.get("updated").asInt(), report.get("disabled").asInt()))
			.as(report.toString())
			.containsExactly(1, 1, 1);

		var again = imported(upload(this.teacher, this.school, "SIECLE_XML", file));
		assertThat(List.of(again.get("created").asInt(), again.get("updated").asInt(), again.get("disabled").asInt()))
			.containsExactly(0, 0, 0);
		var all = this.teacher.get("/api/organizations/" + this.school + "/learners").body();
		assertThat(all.get("total").asInt()).as("never deleted").isEqualTo(4);
		var zoe = all.findValues("nationalId")
			.indexOf(all.findValues("nationalId")
				.stream()
				.filter(n -> n.asString().equals("123456789AB"))
				.findFirst()
				.orElseThrow());
		assertThat(all.get("items").get(zoe).get("active").asBoolean()).isFalse();
	}

	@Test
	void aFileWithErrorsImportsNothingAndReportsThemAllWithLineAndField() {
		var broken = List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"),
				new Pupil("", "Sansine", "Léa", "01/01/2012", "6A"),
				new Pupil("123456789AB", "Double", "Tom", "", "6A"));

		var report = imported(
				upload(this.teacher, this.school, "SIECLE_XML", bytes(siecle(this.uai, "UTF-8", broken), "UTF-8")));

		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		var errors = report.get("errors");
		assertThat(errors.findValuesAsString("code")).containsExactlyInAnyOrder("IMPORT_NATIONAL_ID_MISSING",
				"IMPORT_NATIONAL_ID_DUPLICATED", "IMPORT_BIRTH_DATE_MISSING");
		assertThat(errors.findValuesAsString("field")).contains("ID_NATIONAL", "DATE_NAISS");
		assertThat(errors.get(0).get("line").asInt()).isPositive();
		assertThat(errors.get(0).get("message").asString()).isNotBlank();
		assertThat(this.teacher.get("/api/organizations/" + this.school + "/learners").body().get("total").asInt())
			.isZero();
	}

	@Test
	void pupilsWhoLeftOrHaveNoNationalIdElementAreSkipped() {
		var xml = siecle(this.uai, "UTF-8",
				List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"),
						new Pupil(null, "Sans", "Element", "01/01/2012", "6A"),
						new Pupil("123456789AF", "Parti", "Max", "01/01/2012", "6A")))
			.replace("<PRENOM>Max</PRENOM>", "<PRENOM>Max</PRENOM><DATE_SORTIE>01/10/2026</DATE_SORTIE>");

		var report = imported(upload(this.teacher, this.school, "SIECLE_XML", bytes(xml, "UTF-8")));

		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("IMPORTED");
		assertThat(report.get("created").asInt()).isEqualTo(1);
	}

	@Test
	void aSchoolCsvWithBomAndSemicolonsIsImported() {
		var csv = "\uFEFFIdentifiant unique;Premier prénom;Deuxième prénom;Nom de famille;Nom d’usage;Sexe;"
				+ "Date de naissance (jj/mm/aaaa);Code commune naissance;Code pays naissance;Statut;Division\n"
				+ "123456789AB;Zoé;;Dupré;;F;03/04/2013;75056;99100;ST;6A\n"
				+ "123456789AC;Noé;Jean;Lefèvre;;M;12/11/2012;;99132;ST;6B\n";

		var report = imported(upload(this.teacher, this.school, "SCO_CSV", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("IMPORTED");
		assertThat(report.get("created").asInt()).isEqualTo(2);
		var sixthA = this.teacher.get("/api/organizations/" + this.school + "/learners?division=6A").body();
		assertThat(sixthA.get("items").get(0).get("firstName").asString()).isEqualTo("Zoé");
	}

	@Test
	void csvErrorsCarryTheirLineAndColumn() {
		var csv = "Identifiant unique;Premier prénom;Nom de famille;Date de naissance;Code commune naissance;"
				+ "Code pays naissance;Division\n" + "123456789AB;Zoé;Dupré;31/02/2013;;99100;6A\n"
				+ "123456789AC;;Lefèvre;12/11/2012;75056;99100;6A\n";

		var report = imported(upload(this.teacher, this.school, "FREGATA_CSV", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		assertThat(report.get("errors").toString()).contains("\"line\":2", "\"field\":\"Date de naissance\"",
				"IMPORT_BIRTH_DATE_INVALID", "IMPORT_BIRTH_CITY_CODE_MISSING", "\"line\":3",
				"\"field\":\"Premier prénom\"", "IMPORT_FIRST_NAME_MISSING");
	}

	@Test
	void aMemberTypesAPupilByHand() {
		var created = this.teacher.post("/api/organizations/" + this.school + "/learners", java.util.Map.of("firstName",
				"Lina", "lastName", "Benali", "birthDate", "2016-05-04", "division", "CM1"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var cm1 = this.teacher.get("/api/organizations/" + this.school + "/learners?division=CM1").body();
		assertThat(cm1.get("items").get(0).get("id").asString()).isEqualTo(created.body().get("id").asString());
		assertThat(cm1.get("items").get(0).get("nationalId").isNull()).isTrue();
	}

	@Test
	void anImportLeftRunningByADeadNodeIsRunAgainAndAFinishedOneIsLeftAlone() {
		var started = upload(this.teacher, this.school, "SIECLE_XML", bytes(siecle(this.uai, "UTF-8", CLASS), "UTF-8"));
		var id = started.body().get("importId").asString();
		var jdbc = this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		jdbc.sql("UPDATE organization_learner_import SET status = 'RUNNING' WHERE id = ?")
			.param(java.util.UUID.fromString(id))
			.update();

		ImportJobRunner.run(this.context, id);

		var report = this.teacher.get("/api/organizations/" + this.school + "/learner-imports/" + id).body();
		assertThat(report.get("status").asString()).isEqualTo("IMPORTED");
		assertThat(report.get("created").asInt()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM organization_learner_import WHERE id = ? AND file IS NULL")
			.param(java.util.UUID.fromString(id))
			.query(Long.class)
			.single()).as("the file is dropped once imported").isEqualTo(1);
	}

	private JsonNode imported(ApiClient.Response started) {
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		var id = started.body().get("importId").asString();
		var pending = this.teacher.get("/api/organizations/" + this.school + "/learner-imports/" + id).body();
		assertThat(pending.get("status").asString()).as("a background job").isEqualTo("PENDING");
		ImportJobRunner.run(this.context, id);
		var report = this.teacher.get("/api/organizations/" + this.school + "/learner-imports/" + id);
		assertThat(report.status()).as(report.raw()).isEqualTo(200);
		return report.body();
	}

}

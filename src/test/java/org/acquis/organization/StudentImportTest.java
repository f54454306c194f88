package org.acquis.organization;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import static org.acquis.organization.OrganizationFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The higher-education CSV (domain.md §7): keyed by student number, ADD only adds and
 * updates, REPLACE also disables the students missing from the file; a file with errors
 * imports nothing and reports them all; groups from the files filter the list.
 */
class StudentImportTest extends IntegrationTest {

	private static final String HEADER = "Numéro étudiant;Premier prénom;Deuxième prénom;Nom de famille;"
			+ "Date de naissance (jj/mm/aaaa);Email;Groupe;Diplôme\n";

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ApplicationContext context;

	private ApiClient admin;

	private String university;

	private OrganizationFixtures fixtures;

	@BeforeEach
	void aUniversity() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		var user = this.fixtures.user("Claire");
		this.admin = user.api();
		var created = this.fixtures.platformAdmin()
			.post("/api/admin/organizations",
					java.util.Map.of("name", "Université", "type", "SUP", "managesStudents", true, "tags", List.of()));
		this.university = created.body().get("id").asString();
		this.fixtures.addMember(this.university, user, "ADMIN");
	}

	private JsonNode imported(String mode, String csv) {
		var started = upload(this.admin, this.university, "SUP_CSV&mode=" + mode,
				("\uFEFF" + HEADER + csv).getBytes(StandardCharsets.UTF_8));
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		var id = started.body().get("importId").asString();
		ImportJobRunner.run(this.context, id);
		return this.admin.get("/api/organizations/" + this.university + "/learner-imports/" + id).body();
	}

	private static List<Integer> counts(JsonNode report) {
		return List.of(report.get("created").asInt(), report.get("updated").asInt(), report.get("disabled").asInt());
	}

	private JsonNode learners(String query) {
		return this.admin.get("/api/organizations/" + this.university + "/learners" + query).body();
	}

	@Test
	void addOnlyAddsAndUpdatesReplaceDisablesTheMissingOnes() {
		var first = imported("ADD", """
				E001;Zoé;Marie;Dupré;03/04/2004;zoe@example.org;TD1;Licence informatique
				E002;Noé;;Lefèvre;12/11/2003;;TD2;Licence informatique
				""");
		assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("IMPORTED");
		assertThat(counts(first)).containsExactly(2, 0, 0);
		var zoe = learners("?group=TD1").get("items").get(0);
		assertThat(zoe.get("studentNumber").asString()).isEqualTo("E001");
		assertThat(zoe.get("secondFirstName").asString()).isEqualTo("Marie");
		assertThat(zoe.get("groups").get(0).asString()).isEqualTo("TD1");

		var add = imported("ADD", """
				e001;Zoé;Marie;Dupré;03/04/2004;zoe@example.org;TD3;Licence informatique
				E003;Sam;;Nouveau;01/01/2005;;TD1;Master
				""");
		assertThat(counts(add)).as("E002 is kept: ADD disables no one").containsExactly(1, 1, 0);
		assertThat(learners("").get("total").asInt()).isEqualTo(3);
		assertThat(learners("?group=TD3").get("items").get(0).get("studentNumber").asString())
			.as("the student number, case ignored")
			.isEqualTo("E001");

		var replace = imported("REPLACE", """
				E001;Zoé;Marie;Dupré;03/04/2004;zoe@example.org;TD3;Licence informatique
				E003;Sam;;Nouveau;01/01/2005;;TD1;Master
				""");
		assertThat(counts(replace)).containsExactly(0, 0, 1);
		var all = learners("");
		assertThat(all.get("total").asInt()).as("never deleted").isEqualTo(3);
		assertThat(all.get("items").get(2).get("studentNumber").asString()).isEqualTo("E002");
		assertThat(all.get("items").get(2).get("active").asBoolean()).isFalse();
		assertThat(counts(imported("REPLACE", """
				E001;Zoé;Marie;Dupré;03/04/2004;zoe@example.org;TD3;Licence informatique
				E003;Sam;;Nouveau;01/01/2005;;TD1;Master
				"""))).as("the same file twice").containsExactly(0, 0, 0);
	}

	@Test
	void aFileWithErrorsImportsNothingAndReportsThemAll() {
		var report = imported("REPLACE", """
				E001;Zoé;;Dupré;03/04/2004;pas-une-adresse;TD1;L1
				;Noé;;Lefèvre;31/02/2003;;TD2;L1
				E001;;;Double;01/01/2005;;TD1;L1
				""");
		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		var errors = report.get("errors");
		assertThat(errors.findValuesAsString("code")).containsExactlyInAnyOrder("IMPORT_EMAIL_INVALID",
				"IMPORT_STUDENT_NUMBER_MISSING", "IMPORT_BIRTH_DATE_INVALID", "IMPORT_STUDENT_NUMBER_DUPLICATED",
				"IMPORT_FIRST_NAME_MISSING");
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("Email");
		assertThat(learners("").get("total").asInt()).as("nothing imported").isZero();

		var missing = upload(this.admin, this.university, "SUP_CSV",
				"Nom;Prénom\nDupré;Zoé\n".getBytes(StandardCharsets.UTF_8));
		ImportJobRunner.run(this.context, missing.body().get("importId").asString());
		var columns = this.admin
			.get("/api/organizations/" + this.university + "/learner-imports/"
					+ missing.body().get("importId").asString())
			.body();
		assertThat(columns.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("Numéro étudiant",
				"Date de naissance");
		var wrongMode = upload(this.admin, this.university, "SUP_CSV&mode=MERGE",
				HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(wrongMode.status()).isEqualTo(400);
		assertThat(wrongMode.body().get("code").asString()).isEqualTo("IMPORT_MODE_UNKNOWN");
	}

	@Test
	void siecleGroupsAreKeptAndFilterTheList() {
		var user = this.fixtures.user("Paul");
		var uai = OrganizationFixtures.uai();
		var school = this.fixtures.school(uai, user);
		var started = upload(user.api(), school, "SIECLE_XML", OrganizationFixtures.bytes(OrganizationFixtures
			.siecle(uai, "UTF-8", List.of(new Pupil("200000001AA", "Dupré", "Zoé", "03/04/2013", "6A"))), "UTF-8"));
		ImportJobRunner.run(this.context, started.body().get("importId").asString());
		var latin = user.api().get("/api/organizations/" + school + "/learners?group=G-LATIN").body();
		assertThat(latin.get("total").asInt()).isEqualTo(1);
		assertThat(latin.get("items").get(0).get("groups").get(0).asString()).isEqualTo("G-LATIN");
		assertThat(
				user.api().get("/api/organizations/" + school + "/learners?group=G-GREC").body().get("total").asInt())
			.isZero();
	}

}

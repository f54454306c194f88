package org.acquis.organization.demo;

import java.time.Duration;
import java.util.List;

import org.acquis.identity.UserDirectory;
import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationLearner;
import org.acquis.organization.OrganizationLearners;
import org.acquis.organization.OrganizationRole;
import org.acquis.organization.OrganizationSettings;
import org.acquis.organization.admin.CreateOrganization;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.organization.learnerimport.StartLearnerImport;
import org.acquis.organization.membership.Members;
import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school: its teacher is its admin, its two classes come from its SIECLE file.
 */
class DemoSchoolTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	UserDirectory users;

	@Autowired
	CreateOrganization createOrganization;

	@Autowired
	Members members;

	@Autowired
	StartLearnerImport startImport;

	@Autowired
	Memberships memberships;

	@Autowired
	OrganizationLearners learners;

	@Autowired
	OrganizationSettings settings;

	@Test
	void theDemoSchoolHasItsTeacherAndTwoClasses() throws Exception {
		this.clock.advance(Duration.ofMinutes(1));
		var teacher = this.registerUser.register(RegisterUser.Registration.learner("Claire", "Enseignante",
				DemoSchool.TEACHER, "Velo-Rouge-75", "fr", true));
		var demo = new DemoSchool(
				new OrganizationSettings(this.settings.invitationValidity(), this.settings.maxImportFile(),
						this.settings.maxUnzippedImport(), this.settings.termsVersion(), true),
				this.users, this.createOrganization, this.members, this.startImport);

		demo.create();
		demo.create();
		ImportJobRunner.runAll(this.context);

		var schools = this.memberships.organizationsOf(teacher);
		assertThat(schools).hasSize(1);
		assertThat(schools.getFirst().name()).isEqualTo("Collège Jean Moulin");
		assertThat(schools.getFirst().role()).isEqualTo(OrganizationRole.ADMIN);
		var pupils = this.learners.activeLearners(schools.getFirst().id(), null);
		assertThat(pupils).hasSize(8);
		assertThat(pupils.stream().map(OrganizationLearner::division).distinct().sorted().toList())
			.isEqualTo(List.of("6A", "6B"));
		assertThat(pupils).extracting(OrganizationLearner::firstName).contains("Raphaël", "Chloé");
	}

}

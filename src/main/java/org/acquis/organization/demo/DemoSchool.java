package org.acquis.organization.demo;

import java.io.IOException;
import java.util.List;

import org.acquis.identity.UserDirectory;
import org.acquis.organization.OrganizationRole;
import org.acquis.organization.OrganizationSettings;
import org.acquis.organization.admin.CreateOrganization;
import org.acquis.organization.learnerimport.StartLearnerImport;
import org.acquis.organization.membership.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the demo profile ({@code acquis.organization.demo-school}): the "Collège Jean
 * Moulin", its teacher (identity's demo account {@code enseignant@acquis.demo}) as admin,
 * and two classes imported from a SIECLE file in ISO-8859-15
 * ({@code organization/demo-siecle.xml}, also a sample to try the import with). Made
 * once: a restart finds the school by its UAI.
 */
@Component
class DemoSchool {

	static final String UAI = "0751999J";

	static final String TEACHER = "enseignant@acquis.demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	private final OrganizationSettings settings;

	private final UserDirectory users;

	private final CreateOrganization createOrganization;

	private final Members members;

	private final StartLearnerImport startImport;

	DemoSchool(OrganizationSettings settings, UserDirectory users, CreateOrganization createOrganization,
			Members members, StartLearnerImport startImport) {
		this.settings = settings;
		this.users = users;
		this.createOrganization = createOrganization;
		this.members = members;
		this.startImport = startImport;
	}

	/**
	 * After the demo accounts (order 0), before the demo campaign (order 20), which needs
	 * the school.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(10)
	void create() throws IOException {
		if (!this.settings.demoSchool() || this.createOrganization.findByUai(UAI).isPresent()) {
			return;
		}
		var teacher = this.users.findByLogin(TEACHER).orElse(null);
		if (teacher == null) {
			log.warn("No demo teacher account ({}): the demo school is not created", TEACHER);
			return;
		}
		var school = this.createOrganization
			.create(new CreateOrganization.Command("Collège Jean Moulin", "SCO", UAI, true, List.of("demo")));
		this.members.put(school, teacher.id(), OrganizationRole.ADMIN);
		var file = new ClassPathResource("organization/demo-siecle.xml").getContentAsByteArray();
		this.startImport.start(new StartLearnerImport.Command(school, teacher.id(), "SIECLE_XML", file));
		log.info("Demo school: Collège Jean Moulin (UAI {}), its admin {}, classes 6A and 6B", UAI, TEACHER);
	}

}

package org.acquis.identity.account;

import java.util.Set;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the demo profile: a pupil, a content author, a super admin and a teacher to try
 * the product, printed with the URL.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String PASSWORD = "Acquis2026";

	private final IdentitySettings settings;

	private final RegisterUser registerUser;

	private final UserAccounts accounts;

	private final Environment environment;

	DemoAccounts(IdentitySettings settings, RegisterUser registerUser, UserAccounts accounts, Environment environment) {
		this.settings = settings;
		this.registerUser = registerUser;
		this.accounts = accounts;
		this.environment = environment;
	}

	/** Before the other modules' demo content, which may refer to these accounts. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void create() {
		var url = "http://localhost:" + this.environment.getProperty("local.server.port", "8080") + "/";
		if (!this.settings.demoAccounts()) {
			log.info("Acquis is ready: {}", url);
			return;
		}
		ensure("eleve@acquis.demo", "Camille", "Élève", Set.of(Role.LEARNER));
		ensure("contenu@acquis.demo", "Alex", "Auteur", Set.of(Role.LEARNER, Role.CONTENT));
		ensure("admin@acquis.demo", "Sam", "Admin", Set.of(Role.LEARNER, Role.SUPER_ADMIN));
		// the organisation module makes them the admin of its demo school
		ensure("enseignant@acquis.demo", "Claire", "Enseignante", Set.of(Role.LEARNER));
		// the certification module makes them the admin of its demo centre
		ensure("centre@acquis.demo", "Dominique", "Centre", Set.of(Role.LEARNER));
		log.info("""

				  Acquis is ready: {}
				  Demo accounts (password {}):
				    pupil           eleve@acquis.demo
				    content author  contenu@acquis.demo
				    super admin     admin@acquis.demo
				    teacher         enseignant@acquis.demo (/orga)
				    certif. centre  centre@acquis.demo
				""", url, PASSWORD);
	}

	private void ensure(String email, String firstName, String lastName, Set<Role> roles) {
		if (!this.accounts.emailTaken(email)) {
			this.registerUser.registerDemoAccount(
					new RegisterUser.Registration(firstName, lastName, email, PASSWORD, "fr", true, roles));
		}
	}

}

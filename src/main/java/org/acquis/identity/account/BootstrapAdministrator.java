package org.acquis.identity.account;

import java.util.Set;

import org.acquis.identity.IdentitySettings;
import org.acquis.identity.Role;
import org.acquis.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first super administrator from the environment, once. */
@Component
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final IdentitySettings settings;

	private final RegisterUser registerUser;

	private final UserAccounts accounts;

	BootstrapAdministrator(IdentitySettings settings, RegisterUser registerUser, UserAccounts accounts) {
		this.settings = settings;
		this.registerUser = registerUser;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		var email = this.settings.bootstrapAdminEmail();
		var password = this.settings.bootstrapAdminPassword();
		if (email == null || email.isBlank() || password == null || this.accounts.emailTaken(email)) {
			return;
		}
		try {
			this.registerUser.register(new RegisterUser.Registration("Super", "Admin", email, password, "fr", true,
					Set.of(Role.LEARNER, Role.SUPER_ADMIN)));
			log.info("Created the super administrator {}", email);
		}
		catch (DomainException ex) {
			// the password policy applies to him too: a common password is refused
			log.error("The super administrator {} was not created: {} (ACQUIS_BOOTSTRAP_ADMIN_*)", email, ex.code());
		}
	}

}

package org.acquis.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code acquis.identity.*}).
 *
 * @param bootstrapAdminEmail e-mail of the super administrator created at start-up
 * ({@code ACQUIS_BOOTSTRAP_ADMIN_EMAIL})
 * @param bootstrapAdminPassword his password ({@code ACQUIS_BOOTSTRAP_ADMIN_PASSWORD})
 * @param demoAccounts create and print demo accounts at start-up (the {@code demo}
 * profile)
 * @param metricsAllowedFrom the addresses (CIDR) allowed to read
 * {@code /actuator/prometheus}
 * @param loginAttemptsPerMinute failed logins accepted a minute per client address, per
 * node (30)
 * @param publicUrl the address people reach the product at, for the links of e-mails
 * ({@code http://localhost:8080})
 * @param mailFrom the sender of the product's e-mails
 * @param resetRequestsPerHour password-reset requests accepted an hour per client address
 * (20; 429 beyond)
 * @param logResetLinks without an SMTP server, log the password-reset links (the
 * {@code demo} profile only: a link opens the account)
 * @param signupsPerMinute sign-ups accepted a minute per client address, per node (10),
 * every attempt counted
 * @param signupsPerNodePerMinute sign-ups accepted a minute on one node, all addresses
 * together (120): a ceiling on the password hashing that anonymous callers can ask for
 */
@ConfigurationProperties("acquis.identity")
public record IdentitySettings(@Nullable String bootstrapAdminEmail, @Nullable String bootstrapAdminPassword,
		boolean demoAccounts, @DefaultValue( {
				"127.0.0.1/32", "::1/128" }) List<String> metricsAllowedFrom,
		@DefaultValue("30") int loginAttemptsPerMinute, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("Acquis <ne-pas-repondre@localhost>") String mailFrom,
		@DefaultValue("20") int resetRequestsPerHour, boolean logResetLinks, @DefaultValue("10") int signupsPerMinute,
		@DefaultValue("120") int signupsPerNodePerMinute){

	/** The login page's full address, for sheets and messages given to people. */
	public String loginUrl() {
		return this.publicUrl.replaceAll("/+$", "") + "/connexion";
	}

}

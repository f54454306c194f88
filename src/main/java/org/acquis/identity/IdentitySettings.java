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
 * @param signupsPerMinute sign-ups accepted a minute per client address, per node (10),
 * every attempt counted
 * @param signupsPerNodePerMinute sign-ups accepted a minute on one node, all addresses
 * together (120): a ceiling on the password hashing that anonymous callers can ask for
 */
@ConfigurationProperties("acquis.identity")
public record IdentitySettings(@Nullable String bootstrapAdminEmail, @Nullable String bootstrapAdminPassword,
		boolean demoAccounts, @DefaultValue( {
				"127.0.0.1/32", "::1/128" }) List<String> metricsAllowedFrom,
		@DefaultValue("30") int loginAttemptsPerMinute, @DefaultValue("10") int signupsPerMinute,
		@DefaultValue("120") int signupsPerNodePerMinute){
}

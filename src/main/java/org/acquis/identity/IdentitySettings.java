package org.acquis.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code acquis.identity.*}).
 * @param bootstrapAdminEmail e-mail of the super administrator created at start-up
 * ({@code ACQUIS_BOOTSTRAP_ADMIN_EMAIL})
 * @param bootstrapAdminPassword his password ({@code ACQUIS_BOOTSTRAP_ADMIN_PASSWORD})
 * @param demoAccounts create and print demo accounts at start-up (the {@code demo} profile)
 * @param loginAttemptsPerMinute password logins accepted a minute per client address, per node (30); a load
 * test from one address raises it
 */
@ConfigurationProperties("acquis.identity")
public record IdentitySettings(@Nullable String bootstrapAdminEmail, @Nullable String bootstrapAdminPassword,
		boolean demoAccounts, @DefaultValue("30") int loginAttemptsPerMinute) {
}

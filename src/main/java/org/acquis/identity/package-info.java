/**
 * Accounts, sign-up, login with lockout, access tokens, roles and the current user. Other
 * modules see only {@link org.acquis.identity.CurrentUser},
 * {@link org.acquis.identity.SchoolAccounts}, {@link org.acquis.identity.Role} and
 * {@link org.acquis.identity.UserDirectory}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
@NullMarked
package org.acquis.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

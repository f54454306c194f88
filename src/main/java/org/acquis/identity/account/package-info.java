/**
 * Accounts: sign-up, the account pages, the password policy, the demo and bootstrap
 * accounts.
 */
@NullMarked
package org.acquis.identity.account;

import org.jspecify.annotations.NullMarked;

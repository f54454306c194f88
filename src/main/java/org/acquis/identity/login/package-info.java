/**
 * Authentication by password and the temporary lockout after failures.
 */
@NullMarked
package org.acquis.identity.login;

import org.jspecify.annotations.NullMarked;

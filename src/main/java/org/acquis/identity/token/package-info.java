/**
 * Access and refresh tokens of the API: issue, refresh by family, revocation.
 */
@NullMarked
package org.acquis.identity.token;

import org.jspecify.annotations.NullMarked;

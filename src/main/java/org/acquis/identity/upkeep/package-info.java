/**
 * Upkeep of identity's tables: expired refresh tokens, reset links and requests, old
 * login failures, purged by a recurring job.
 */
@NullMarked
package org.acquis.identity.upkeep;

import org.jspecify.annotations.NullMarked;

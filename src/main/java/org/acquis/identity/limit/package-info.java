/**
 * Rate limits per address and per node (sign-ups); the counter itself is
 * shared.PerMinuteLimit.
 */
@NullMarked
package org.acquis.identity.limit;

import org.jspecify.annotations.NullMarked;

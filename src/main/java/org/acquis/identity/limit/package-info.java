/**
 * Rate limits per address and per node (sign-ups, reset requests).
 */
@NullMarked
package org.acquis.identity.limit;

import org.jspecify.annotations.NullMarked;

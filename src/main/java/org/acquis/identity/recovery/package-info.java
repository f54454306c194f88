/**
 * Password reset by e-mail: single-use links.
 */
@NullMarked
package org.acquis.identity.recovery;

import org.jspecify.annotations.NullMarked;

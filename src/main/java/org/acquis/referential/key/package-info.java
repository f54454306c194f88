/**
 * The challenges' answer keys (solutions), internal to the referential: judged by
 * {@link org.acquis.referential.ContentBank#judge}, read by the linter and the authors'
 * preview, never by another module.
 */
@NullMarked
package org.acquis.referential.key;

import org.jspecify.annotations.NullMarked;

/**
 * Reading and checking the content packs; the frameworks API and the challenges' files.
 */
@NullMarked
package org.acquis.referential.content;

import org.jspecify.annotations.NullMarked;

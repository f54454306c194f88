/**
 * The v2 certification draw (domain.md §8) as plain Java: no Spring, no database, a given
 * random generator.
 */
@NullMarked
package org.acquis.certification.draw;

import org.jspecify.annotations.NullMarked;

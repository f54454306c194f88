/** Finalisation of a session by its centre and the scoring of its courses. */
@NullMarked
package org.acquis.certification.scoring;

import org.jspecify.annotations.NullMarked;

/**
 * Problems learners report on a challenge (wrong answer refused, unclear, broken file),
 * listed for content authors with counts per challenge.
 */
@NullMarked
package org.acquis.referential.report;

import org.jspecify.annotations.NullMarked;

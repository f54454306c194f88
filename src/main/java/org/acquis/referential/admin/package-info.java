/**
 * The back office's view of the content bank: statistics, a challenge with its solution,
 * and a bench to try the answer validation on any solution. For content authors and
 * support, never for learners.
 */
@NullMarked
package org.acquis.referential.admin;

import org.jspecify.annotations.NullMarked;

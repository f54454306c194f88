/**
 * The assessment loop (ask, answer, judge, infer, choose) and its tables; published:
 * starting an assessment with options, its summary, the knowledge snapshot.
 */
@NullMarked
package org.acquis.evaluation.assessment;

import org.jspecify.annotations.NullMarked;

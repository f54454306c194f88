/**
 * Pupil imports (SIECLE XML, school and FREGATA CSV) as background jobs with progress and
 * an all-or-nothing report.
 */
@NullMarked
package org.acquis.organization.learnerimport;

import org.jspecify.annotations.NullMarked;

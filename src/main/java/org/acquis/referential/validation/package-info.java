/**
 * Answer validation exactly as the national platform does it (domain.md §3): pure Java,
 * used by the evaluation to judge answers and by the content linter and preview to check
 * solutions.
 */
@NamedInterface("validation")
@NullMarked
package org.acquis.referential.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

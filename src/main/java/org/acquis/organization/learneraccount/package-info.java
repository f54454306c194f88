/**
 * Pupils' accounts issued by the school, class by class: usernames and one-time
 * passwords, as a printable sheet (PDF cards) or a CSV, shown once.
 */
@NullMarked
package org.acquis.organization.learneraccount;

import org.jspecify.annotations.NullMarked;

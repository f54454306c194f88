/**
 * The terms of use of the organisation space, accepted once per version before the first
 * use.
 */
@NullMarked
package org.acquis.organization.terms;

import org.jspecify.annotations.NullMarked;

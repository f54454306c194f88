/**
 * Organisations created by the back office.
 */
@NullMarked
package org.acquis.organization.admin;

import org.jspecify.annotations.NullMarked;

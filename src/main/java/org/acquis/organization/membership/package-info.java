/**
 * Members of an organisation (ADMIN or MEMBER): list, roles, leaving and removal; the
 * last admin stays.
 */
@NullMarked
package org.acquis.organization.membership;

import org.jspecify.annotations.NullMarked;

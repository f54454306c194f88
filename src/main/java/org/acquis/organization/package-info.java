/**
 * The organisation space: schools and other organisations, their members (ADMIN or
 * MEMBER), e-mailed invitations, the terms of the space and the organisation's learners
 * with their imports (SIECLE, school and FREGATA CSV, higher-education CSV). Other
 * modules ask {@link org.acquis.organization.Memberships} who belongs where and
 * {@link org.acquis.organization.OrganizationLearners} for the learners.
 */
@ApplicationModule(displayName = "Organization", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.acquis.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

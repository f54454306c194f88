/**
 * Invitations to join an organisation, e-mailed, single use, with an expiry.
 */
@NullMarked
package org.acquis.organization.invitation;

import org.jspecify.annotations.NullMarked;

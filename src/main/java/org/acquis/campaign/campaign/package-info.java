/**
 * Campaigns of an organisation: creation with a code, settings, archive, deletion; who
 * may manage them.
 */
@NullMarked
package org.acquis.campaign.campaign;

import org.jspecify.annotations.NullMarked;

/**
 * Target profiles: capped tubes, stages, the organisations they are offered to, the
 * catalogue; the ones the product ships.
 */
@NullMarked
package org.acquis.campaign.targetprofile;

import org.jspecify.annotations.NullMarked;

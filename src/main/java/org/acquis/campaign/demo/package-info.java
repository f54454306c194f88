/**
 * The demo school's campaign, with shared results, for the demo profile.
 */
@NullMarked
package org.acquis.campaign.demo;

import org.jspecify.annotations.NullMarked;

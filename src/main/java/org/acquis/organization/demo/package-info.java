/**
 * The demo school of the demo profile.
 */
@NullMarked
package org.acquis.organization.demo;

import org.jspecify.annotations.NullMarked;

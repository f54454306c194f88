/**
 * The web edge of the application: Spring Security's chains, the current user, login
 * outcomes, language preference.
 */
@NullMarked
package org.acquis.identity.security;

import org.jspecify.annotations.NullMarked;

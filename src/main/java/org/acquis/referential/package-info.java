/**
 * Frameworks (CRCN and its extensions) and the content bank: tubes, skills, challenges
 * and tutorials, loaded from content packs and checked at start-up. Read by everyone
 * through {@link org.acquis.referential.ContentBank}.
 */
@ApplicationModule(displayName = "Referential", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.acquis.referential;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

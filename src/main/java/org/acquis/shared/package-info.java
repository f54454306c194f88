/**
 * Technical kernel shared by every module: domain exception and its categories, problem
 * details, the embedded database, idempotent requests, background jobs and the module
 * events' upkeep, locale and clock. Never business concepts.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.acquis.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

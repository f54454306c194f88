package org.acquis.certification.center;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certification centre; a school's is linked to its organisation (module organization)
 * by id only.
 */
public record Center(UUID id, String name, CenterType type, @Nullable UUID organizationId, Instant createdAt) {
}

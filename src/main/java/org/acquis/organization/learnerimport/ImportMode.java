package org.acquis.organization.learnerimport;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How a higher-education list meets the previous one: ADD only adds and updates students,
 * REPLACE also disables the students missing from the file (never deletes them).
 */
enum ImportMode {

	ADD, REPLACE;

	static Optional<ImportMode> of(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.of(ADD);
		}
		try {
			return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

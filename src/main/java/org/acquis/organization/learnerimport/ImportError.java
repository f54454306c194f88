package org.acquis.organization.learnerimport;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in a file, where it is: line (of the file; the pupil's element in an
 * XML file) and field (column or element), or neither for the file as a whole. The user
 * text comes from the {@code error.<code>} message at the edge.
 */
record ImportError(@Nullable Integer line, @Nullable String field, String code) {

	static ImportError ofFile(String code) {
		return new ImportError(null, null, code);
	}

}

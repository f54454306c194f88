package org.acquis.organization.learnerimport;

import java.util.Optional;

/** The learner files a school can import. */
enum ImportFormat {

	SIECLE_XML, SCO_CSV, FREGATA_CSV, SUP_CSV;

	static Optional<ImportFormat> of(String name) {
		try {
			return Optional.of(valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

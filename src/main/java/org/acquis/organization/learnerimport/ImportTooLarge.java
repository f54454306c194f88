package org.acquis.organization.learnerimport;

import java.io.IOException;

/** A file that unzips to more than {@code acquis.organization.max-unzipped-import}. */
final class ImportTooLarge extends IOException {

	ImportTooLarge() {
		super("IMPORT_FILE_TOO_LARGE");
	}

	/**
	 * Parsers wrap what the stream throws: the limit must not pass for a syntax error.
	 */
	static void rethrowIfCause(Throwable ex) throws ImportTooLarge {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ImportTooLarge tooLarge) {
				throw tooLarge;
			}
		}
	}

}

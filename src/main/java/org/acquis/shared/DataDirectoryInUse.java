package org.acquis.shared;

import java.nio.file.Path;

/** Another running Acquis holds the data directory. */
final class DataDirectoryInUse extends IllegalStateException {

	private final Path directory;

	private final String pid;

	DataDirectoryInUse(Path directory, String pid) {
		super("Another Acquis (pid " + pid + ") is already using " + directory.toAbsolutePath()
				+ ": stop it, or start this one with another ACQUIS_DATA_DIR");
		this.directory = directory;
		this.pid = pid;
	}

	Path directory() {
		return this.directory;
	}

	String pid() {
		return this.pid;
	}

}

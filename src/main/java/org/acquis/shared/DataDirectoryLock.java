package org.acquis.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held by the running application on its data directory ({@code acquis.lock}, with its
 * process id) for as long as it runs: a second Acquis started on the same folder stops at
 * once with {@link DataDirectoryInUse} instead of taking the embedded database of the
 * first one away. The operating system releases the lock when the process ends, however
 * it ends, so a PostgreSQL found running on a directory whose lock was free has truly
 * lost its owner.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE = "acquis.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path directory) throws IOException {
		Files.createDirectories(directory);
		var file = directory.resolve(FILE);
		var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new DataDirectoryInUse(directory, holder(file));
		}
		channel.truncate(0);
		channel
			.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
		channel.force(false);
		return new DataDirectoryLock(channel, lock);
	}

	private static String holder(Path file) {
		try {
			var pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
			return pid.matches("\\d+") ? pid : "?";
		}
		catch (IOException ex) {
			return "?";
		}
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}

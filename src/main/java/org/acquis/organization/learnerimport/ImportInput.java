package org.acquis.organization.learnerimport;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * The content of an uploaded file: the file itself, or the first file of a zip. What is
 * read is counted, and past the limit the stream throws {@link ImportTooLarge}: a zip
 * bomb is stopped after the limit, never inflated whole.
 */
final class ImportInput {

	private ImportInput() {
	}

	static boolean zipped(byte[] file) {
		return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
	}

	/** The content, or null for a zip with no file in it. */
	static InputStream open(byte[] file, long limit) throws IOException {
		if (!zipped(file)) {
			return new Limited(new ByteArrayInputStream(file), limit);
		}
		var zip = new ZipInputStream(new ByteArrayInputStream(file));
		for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (!entry.isDirectory()) {
				return new Limited(zip, limit);
			}
		}
		throw new java.util.zip.ZipException("no file in the zip");
	}

	private static final class Limited extends FilterInputStream {

		private final long limit;

		private long count;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws ImportTooLarge {
			this.count += n;
			if (this.count > this.limit) {
				throw new ImportTooLarge();
			}
		}

	}

}

package org.acquis.shared;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body that throws {@link RequestTooLarge} once more than its limit is read.
 */
final class CountingInputStream extends ServletInputStream {

	private final ServletInputStream in;

	private final long limit;

	private long count;

	CountingInputStream(ServletInputStream in, long limit) {
		this.in = in;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	private void counted(int n) {
		this.count += n;
		if (this.count > this.limit) {
			throw new RequestTooLarge(this.limit);
		}
	}

	@Override
	public boolean isFinished() {
		return this.in.isFinished();
	}

	@Override
	public boolean isReady() {
		return this.in.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		this.in.setReadListener(listener);
	}

}

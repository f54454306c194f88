package org.acquis.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up refused because another Acquis holds the data directory: one line saying so,
 * instead of a stack trace.
 */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other Acquis (kill " + cause.pid()
						+ "), or set ACQUIS_DATA_DIR (acquis.data-dir) to another folder" + " than "
						+ cause.directory().toAbsolutePath() + ".",
				cause);
	}

}

package org.acquis.organization.learnerimport;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Where an import is run once its file is stored. Today: at once, in the request that
 * uploaded it (the answer is 202 all the same and the report is read the same way); the
 * seam for a background job (db-scheduler) that any node picks up.
 */
@Component
class ImportLauncher {

	private final RunLearnerImport runImport;

	ImportLauncher(RunLearnerImport runImport) {
		this.runImport = runImport;
	}

	void launch(UUID importId) {
		this.runImport.run(importId);
	}

}

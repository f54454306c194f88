package org.acquis.organization.learnerimport;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A learner import runs as a db-scheduler one-time task, on whichever node picks it up;
 * its data is the import's id, its progress and report are in
 * {@code organization_learner_import}. A run is idempotent: a finished import is left
 * alone, one left RUNNING by a dead node is run again (the list is applied in one
 * transaction with its IMPORTED status, so it is never applied twice).
 */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

	static final TaskDescriptor<UUID> LEARNER_IMPORT = TaskDescriptor.of("organization-learner-import", UUID.class);

	@Bean
	OneTimeTask<UUID> learnerImportTask(RunLearnerImport runImport) {
		return Tasks.oneTime(LEARNER_IMPORT).execute((instance, context) -> runImport.run(instance.getData()));
	}

}

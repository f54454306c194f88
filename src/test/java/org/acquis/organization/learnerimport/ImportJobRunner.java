package org.acquis.organization.learnerimport;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a learner import's background job as db-scheduler would (in tests the scheduler
 * does not poll): checks that the upload scheduled it, runs its body, removes it.
 */
public final class ImportJobRunner {

	private ImportJobRunner() {
	}

	public static void run(ApplicationContext context, String importId) {
		var jdbc = context.getBean(JdbcClient.class);
		long scheduled = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
			.params(ImportJobs.LEARNER_IMPORT.getTaskName(), importId)
			.query(Long.class)
			.single();
		assertThat(scheduled).as("the upload scheduled its import").isEqualTo(1);
		context.getBean(RunLearnerImport.class).run(UUID.fromString(importId));
		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
			.params(ImportJobs.LEARNER_IMPORT.getTaskName(), importId)
			.update();
	}

	/** Every import still waiting (the demo school's). */
	public static void runAll(ApplicationContext context) {
		var jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("SELECT id FROM organization_learner_import WHERE status = 'PENDING'")
			.query(UUID.class)
			.list()
			.forEach(id -> run(context, id.toString()));
	}

}

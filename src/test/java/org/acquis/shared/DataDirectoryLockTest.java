package org.acquis.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second Acquis on the same data directory must not take the running one's database
 * away (new-user review, finding 2): it stops at once and says why.
 */
class DataDirectoryLockTest {

	@TempDir
	Path data;

	@Test
	void aHeldDirectoryRefusesASecondHolderNamingTheFirstAndTheSetting() throws Exception {
		try (var first = DataDirectoryLock.acquire(this.data)) {
			assertThat(Files.readString(this.data.resolve(DataDirectoryLock.FILE)))
				.isEqualTo(Long.toString(ProcessHandle.current().pid()));
			assertThatThrownBy(() -> DataDirectoryLock.acquire(this.data)).isInstanceOf(DataDirectoryInUse.class)
				.hasMessageContaining("pid " + ProcessHandle.current().pid())
				.hasMessageContaining(this.data.toString())
				.hasMessageContaining("ACQUIS_DATA_DIR");
		}
		DataDirectoryLock.acquire(this.data).close();
	}

	@Test
	void theStartUpFailureIsOneLineWithWhatToDo() {
		var analysis = new DataDirectoryInUseAnalyzer().analyze(new DataDirectoryInUse(this.data, "4242"));
		assertThat(analysis.getDescription()).contains("pid 4242", this.data.toString()).doesNotContain("\n");
		assertThat(analysis.getAction()).contains("kill 4242", "ACQUIS_DATA_DIR");
	}

}

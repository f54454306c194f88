package org.acquis.shared;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole product ({@code acquis.*}).
 *
 * @param dataDir where the embedded database keeps its files across restarts
 * @param databasePort port of the embedded database (0: any free port)
 * @param databaseSettings more server settings of the embedded database (e.g.
 * {@code work_mem}, or {@code shared_preload_libraries=pg_stat_statements} to profile)
 */
@ConfigurationProperties("acquis")
public record AcquisSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int databasePort,
		Map<String, String> databaseSettings) {

	public AcquisSettings {
		databaseSettings = databaseSettings == null ? Map.of() : Map.copyOf(databaseSettings);
	}

}

package org.acquis.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole product ({@code acquis.*}).
 *
 * @param dataDir where the embedded database keeps its files across restarts
 * @param databasePort port of the embedded database (0: any free port)
 */
@ConfigurationProperties("acquis")
public record AcquisSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int databasePort) {
}

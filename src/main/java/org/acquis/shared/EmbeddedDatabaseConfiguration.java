package org.acquis.shared;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL in {@code acquis.data-dir} when no {@code spring.datasource.url} is
 * given, so that a fresh machine runs the product with one command. Its files survive restarts; closing
 * the application context stops it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AcquisSettings settings) throws IOException {
		var directory = settings.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(directory);
		log.info("Starting the embedded PostgreSQL in {}", directory);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "120")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("fsync", "on");
		if (settings.databasePort() > 0) {
			builder.setPort(settings.databasePort());
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("acquis-embedded");
		return dataSource;
	}

}

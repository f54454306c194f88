package org.acquis.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL in {@code acquis.data-dir} when no
 * {@code spring.datasource.url} is given, so that a fresh machine runs the product with
 * one command. Its files survive restarts; closing the application context stops it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Taken before the database starts and released after it stopped (the database
	 * depends on it): a second Acquis on the same folder stops at once, in one line.
	 */
	@Bean(destroyMethod = "close")
	DataDirectoryLock dataDirectoryLock(AcquisSettings settings) throws IOException {
		return DataDirectoryLock.acquire(settings.dataDir().toAbsolutePath());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AcquisSettings settings, DataDirectoryLock lock) throws IOException {
		var directory = settings.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(directory);
		// this process holds the folder's lock: a PostgreSQL still running there has
		// lost its owner
		stopOrphan(directory);
		log.info("Starting the embedded PostgreSQL in {}", directory);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// the context stops it (destroyMethod) once the requests in flight are done
			// and
			// the beans that use it are closed; zonky's JVM hook would stop it meanwhile
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "120")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("fsync", "on")
			// zonky's default is off: an acknowledged answer must survive a crash of the
			// database or the machine
			.setServerConfig("synchronous_commit", "on");
		settings.databaseSettings().forEach(builder::setServerConfig);
		if (settings.databasePort() > 0) {
			builder.setPort(settings.databasePort());
		}
		return builder.start();
	}

	/**
	 * An application killed without its shutdown hook (SIGKILL, OOM killer) leaves its
	 * PostgreSQL running on the data directory, which would refuse a new start: stop it
	 * (SIGTERM, a smart shutdown: its clients are gone). Called only by the holder of the
	 * folder's {@link DataDirectoryLock}: a running Acquis keeps its database.
	 */
	static void stopOrphan(Path directory) throws IOException {
		var pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return;
		}
		var orphan = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a previous run", orphan.get().pid());
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IOException("The PostgreSQL left running on " + directory + " did not stop", ex);
			}
		}
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

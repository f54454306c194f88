package org.acquis.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that is away answers 503 with retry advice, never 500 (docs/reliability.md).
 */
class ApiErrorAdviceTest {

	@ParameterizedTest
	@ValueSource(strings = { "no-transaction", "connection-lost", "rollback-failed", "no-connection" })
	void databaseAwayIsServiceUnavailable(String failure) throws Exception {
		// not ResourceBundleMessageSource: it would fill the JVM-wide ResourceBundle
		// cache that the shared
		// Spring context of the other tests reads, with another encoding
		var messages = new org.springframework.context.support.ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		var mvc = MockMvcBuilders.standaloneSetup(new Failing())
			.setControllerAdvice(new ApiErrorAdvice(
					new Problems(messages, new org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver(),
							tools.jackson.databind.json.JsonMapper.builder().build())))
			.build();
		mvc.perform(get("/fail/" + failure))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
	}

	@RestController
	static class Failing {

		@GetMapping("/fail/{failure}")
		String fail(@PathVariable String failure) {
			throw switch (failure) {
				case "no-transaction" ->
					new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
				case "connection-lost" ->
					new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
				case "rollback-failed" -> new TransactionSystemException("JDBC rollback failed");
				default -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
			};
		}

	}

}

package org.acquis.campaign.results;

import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's CSV is streamed asynchronously: Spring MVC's default timeout (30 s, the
 * servlet container's) cut the export of 100,000 participations after 7,595 rows in the
 * bench, as the national platform's export of 3,000 rows was cut at 30 s.
 */
class ExportTimeoutTest extends IntegrationTest {

	@Autowired
	RequestMappingHandlerAdapter adapter;

	@Test
	void aStreamedExportIsGivenAnHourNotThirtySeconds() {
		Long timeout = (Long) ReflectionTestUtils.getField(this.adapter, "asyncRequestTimeout");
		assertThat(timeout).as("the asynchronous answers' timeout in ms")
			.isNotNull()
			.isGreaterThanOrEqualTo(3_600_000L);
	}

}

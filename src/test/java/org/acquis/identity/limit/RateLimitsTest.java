package org.acquis.identity.limit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limits hold under parallel requests: a check that reserves before the
 * work, not one that counts after it.
 */
class RateLimitsTest extends IntegrationTest {

	@Test
	void sixtyParallelWrongLoginsFromOneAddressMakeExactlyThirtyPasswordChecks() {
		startOfAMinute();
		try {
			var statuses = parallel(60,
					i -> "{\"username\":\"nobody-" + i + "@example.org\",\"password\":\"Wrong1234\"}", "/api/token");
			assertThat(statuses).containsEntry(401, 30L).containsEntry(429, 30L).hasSize(2);
		}
		finally {
			// the whole suite logs in from 127.0.0.1: leave the next minute open
			this.clock.advance(Duration.ofMinutes(1));
		}
	}

	/** Answers counted by status. */
	private Map<Integer, Long> parallel(int count, Function<Integer, String> body, String path) {
		var http = HttpClient.newHttpClient();
		var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
		for (int i = 0; i < count; i++) {
			answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
				.build(), HttpResponse.BodyHandlers.ofString()));
		}
		return answers.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
	}

	/** The limits count per minute of the (test) clock: start at the beginning of one. */
	private void startOfAMinute() {
		this.clock.advance(Duration.ofMillis(60_000 - this.clock.millis() % 60_000));
	}

}

package org.acquis.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the public API, as a school's script would use it. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	public ApiClient(String base) {
		this.base = base;
	}

	public record Response(int status, JsonNode body, String raw, HttpHeaders headers) {

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	/** Signs up a new learner and logs in; returns the e-mail. */
	public String signUpAndLogin(String firstName) {
		var email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		var created = post("/api/users", Map.of("firstName", firstName, "lastName", "Martin", "email", email,
				"password", "Secret123", "locale", "fr", "acceptTerms", true));
		if (created.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + created.raw());
		}
		login(email, "Secret123");
		return email;
	}

	public Response login(String username, String password) {
		var response = post("/api/token", Map.of("username", username, "password", password));
		if (response.status() == 200) {
			this.token = response.body().get("access_token").asString();
		}
		return response;
	}

	public Response get(String path) {
		return send(request(path).GET().build());
	}

	public Response post(String path, Object body) {
		return post(path, body, null);
	}

	public Response post(String path, Object body, String idempotencyKey) {
		var builder = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		return send(builder.build());
	}

	/**
	 * Any request, bytes as they are: for hostile inputs a well-behaved client would
	 * never send.
	 */
	public Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
		var builder = request(path).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * A body sent in chunks, without Content-Length, as a stream whose size the server
	 * cannot know in advance.
	 */
	public Response postChunked(String path, byte[] body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept-Language", "fr");
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	/**
	 * Sends once more, on a new connection, a request that got no byte back because the
	 * server was closing the kept-alive connection it went on (after refusing a large
	 * body, or idle): the request never reached the application.
	 */
	private HttpResponse<String> sendOnALiveConnection(HttpRequest request) throws IOException, InterruptedException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("header parser received no bytes")) {
				throw ex;
			}
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private Response send(HttpRequest request) {
		try {
			var response = sendOnALiveConnection(request);
			var raw = response.body();
			boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
			JsonNode body = raw == null || raw.isBlank() || !json ? JSON.nullNode() : JSON.readTree(raw);
			return new Response(response.statusCode(), body, raw, response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String token() {
		return this.token;
	}

	public void useToken(String token) {
		this.token = token;
	}

	public void forgetToken() {
		this.token = null;
	}

}

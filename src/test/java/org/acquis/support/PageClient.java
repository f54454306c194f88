package org.acquis.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a session cookie, the CSRF token of the last page read,
 * and no automatic redirects (so that a test sees where a page sends the visitor).
 */
public final class PageClient {

	private static final Set<String> SESSION_COOKIES = Set.of("SESSION", "JSESSIONID");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final CookieManager cookies;

	private final HttpClient http;

	private final String base;

	private String csrf = "";

	public PageClient(String base) {
		this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private PageClient(String base, CookieManager cookies) {
		this.base = base;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser (same cookies) on another node of the application, as when the
	 * load balancer sends the next request elsewhere.
	 */
	public PageClient onNode(String otherBase) {
		var other = new PageClient(otherBase, this.cookies);
		other.csrf = this.csrf;
		return other;
	}

	/** The value of the browser's cookie of that name, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The session cookie's value, whatever the session store calls it ({@code JSESSIONID}
	 * or Spring Session's {@code SESSION}); empty when there is none.
	 */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> SESSION_COOKIES.contains(c.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	/** Another browser that holds this one's session cookie (a planted or stolen one). */
	public PageClient sameSessionElsewhere() {
		var other = new PageClient(this.base);
		var uri = URI.create(this.base);
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> SESSION_COOKIES.contains(c.getName()))
			.forEach(c -> other.cookies.getCookieStore().add(uri, c));
		return other;
	}

	/** The CSRF token of the last page read. */
	public String csrf() {
		return this.csrf;
	}

	public record Page(int status, String body, String location) {
	}

	/** Logs in through the form; returns the answer of the login form (a redirect). */
	public Page login(String login, String password) {
		get("/connexion");
		return post("/connexion", Map.of("login", login, "password", password));
	}

	public Page get(String path) {
		var page = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
		var token = CSRF.matcher(page.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return page;
	}

	public Page post(String path, Map<String, String> form) {
		return post(path, form, Map.of());
	}

	/** A form posted with extra headers, as htmx sends it ({@code HX-Request: true}). */
	public Page post(String path, Map<String, String> form, Map<String, String> headers) {
		var fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", this.csrf);
		var body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	private Page send(HttpRequest request) {
		try {
			var response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

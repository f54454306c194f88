package org.acquis.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages that the servlet container or the security filters produce (no controller
 * involved) still say what happened, in the visitor's language (new-user review: "404 and
 * 405 pages say nothing").
 */
class ErrorPagesTest extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMissingResourceSaysItDoesNotExist() throws Exception {
		var page = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/css/nope.css")).GET(), "fr");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("La page ou la ressource demandée n&#39;existe pas.");
		var english = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/css/nope.css")).GET(), "en");
		assertThat(english.body()).contains("does not exist");
	}

	@Test
	void aFormWhoseTokenIsNoLongerValidSaysWhatToDo() throws Exception {
		var posted = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/connexion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("login=a&password=b&_csrf=stale")), "fr");
		// issue 16: no longer a 403 page but the login page, which says what happened
		assertThat(posted.statusCode()).isEqualTo(302);
		var location = posted.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/connexion?expired");
		var page = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/connexion?expired")).GET(), "fr");
		assertThat(page.body()).contains("Votre session a expiré : reconnectez-vous");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
		return this.http.send(request.header("Accept", "text/html").header("Accept-Language", language).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

package org.acquis.certification.certificate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates through the API and the pages: hidden until the jury publishes, codes
 * given at publication and kept, the attestation for its owner only, the public
 * verification and its limit per client address.
 */
class CertificatesTest extends IntegrationTest {

	static final String PASSWORD = "Velo-Rouge-75";

	static final String CODE = "P-[2346789BCDFGHJKMPQRTVWXY]{8}";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	RegisterUser registerUser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEventPublisher events;

	private PublishedCertificates sessions;

	@BeforeEach
	void fresh() {
		this.clock.advance(Duration.ofMinutes(1));
		this.sessions = new PublishedCertificates(this.jdbc, this.transactions, this.events, this.clock);
	}

	record Person(UUID id, String email, ApiClient api) {
	}

	private Person person(String firstName) {
		var email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		var id = this.registerUser.register(new RegisterUser.Registration(firstName, "Martin", email, PASSWORD, "fr",
				true, EnumSet.of(Role.LEARNER)));
		var api = new ApiClient(baseUrl());
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
		return new Person(id, email, api);
	}

	private static PublishedCertificates.Result validated(Person person, String firstName, int pix) {
		return new PublishedCertificates.Result(person.id(), firstName, "Martin", "VALIDATED", pix,
				Map.of("1.1", 3, "2.1", 2, "3.1", -1));
	}

	@Test
	void certificatesAppearWhenPublishedWithUniqueCodesAndHideWhenWithdrawn() {
		var lea = person("Lea");
		var hugo = person("Hugo");
		long session = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 18));
		var leas = this.sessions.result(session, validated(lea, "Léa", 40));
		var hugos = this.sessions.result(session,
				new PublishedCertificates.Result(hugo.id(), "Hugo", "Martin", "REJECTED", 0, Map.of("1.1", -1)));

		var before = lea.api().get("/api/me/certificates");
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.body().size()).as("nothing before the jury publishes").isZero();

		this.sessions.publish(session);
		var mine = lea.api().get("/api/me/certificates").body();
		assertThat(mine.size()).isEqualTo(1);
		var certificate = mine.get(0);
		assertThat(certificate.get("id").asString()).isEqualTo(leas.toString());
		assertThat(certificate.get("status").asString()).isEqualTo("VALIDATED");
		assertThat(certificate.get("pixScore").asInt()).isEqualTo(40);
		assertThat(certificate.get("date").asString()).isEqualTo("2026-11-18");
		assertThat(certificate.get("competences").size()).as("the 16 competences").isEqualTo(16);
		assertThat(certificate.get("competences").get(0).get("code").asString()).isEqualTo("1.1");
		assertThat(certificate.get("competences").get(0).get("level").asInt()).isEqualTo(3);
		var code = certificate.get("verificationCode").asString();
		assertThat(code).matches(CODE).isEqualTo(this.sessions.code(leas));
		assertThat(code.substring(2).chars().distinct().count()).isEqualTo(8);
		assertThat(this.sessions.code(hugos)).as("every result gets a code").matches(CODE).isNotEqualTo(code);

		var rejected = hugo.api().get("/api/me/certificates").body().get(0);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("pixScore").asInt()).isZero();
		assertThat(rejected.get("verificationCode").isNull()).as("only a valid certificate is shared").isTrue();

		this.sessions.unpublish(session);
		assertThat(lea.api().get("/api/me/certificates").body().size()).as("withdrawn").isZero();
		assertThat(verify(code, "192.0.2.1").status()).isEqualTo(404);
		assertThat(lea.api().get("/api/certificates/" + leas + "/attestation.pdf").status()).isEqualTo(404);

		this.sessions.publish(session);
		assertThat(lea.api().get("/api/me/certificates").body().get(0).get("verificationCode").asString())
			.as("published again: the same code")
			.isEqualTo(code);
		assertThat(this.sessions.code(hugos)).isNotNull();
	}

	@Test
	void theAttestationIsItsOwnersOnlyAndSaysWhoWhatAndTheCode() throws Exception {
		var lea = person("Lea");
		var other = person("Other");
		long session = this.sessions.session("Lycée Hélène Boucher", LocalDate.of(2026, 11, 20));
		var course = this.sessions.result(session, validated(lea, "Léa", 40));
		this.sessions.publish(session);
		var code = this.sessions.code(course);
		var path = "/api/certificates/" + course + "/attestation.pdf";

		var pdf = bytes(path, lea.api().token());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"attestation-" + code + ".pdf\"");
		var reader = new PdfReader(pdf.body());
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		var text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Léa Martin", code, "40", "Lycée Hélène Boucher", "14 mars 2010", "Saint-Étienne",
				"Mener une recherche et une veille d'information", "/verification/" + code);

		var others = other.api().get(path);
		assertThat(others.status()).as("another's attestation does not exist for you").isEqualTo(404);
		assertThat(others.body().get("code").asString()).isEqualTo("CERTIFICATE_NOT_FOUND");
		assertThat(new ApiClient(baseUrl()).get(path).status()).isEqualTo(401);
		assertThat(lea.api().get("/api/certificates/" + UUID.randomUUID() + "/attestation.pdf").status())
			.isEqualTo(404);
	}

	@Test
	void anyoneChecksARightCodeAndOnlyAValidatedCertificateVerifies() {
		var lea = person("Lea");
		var hugo = person("Hugo");
		long session = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 18));
		var course = this.sessions.result(session, validated(lea, "Léa", 40));
		var cancelled = this.sessions.result(session,
				new PublishedCertificates.Result(hugo.id(), "Hugo", "Martin", "CANCELLED", 0, Map.of("1.1", 2)));
		var address = nextAddress();
		assertThat(this.sessions.code(course)).as("no code before the publication").isNull();
		this.sessions.publish(session);
		var code = this.sessions.code(course);

		var verified = verify(code, address);
		assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
		var body = verified.body();
		assertThat(body.get("verificationCode").asString()).isEqualTo(code);
		assertThat(body.get("status").asString()).isEqualTo("VALIDATED");
		assertThat(body.get("firstName").asString()).isEqualTo("Léa");
		assertThat(body.get("lastName").asString()).isEqualTo("Martin");
		assertThat(body.get("birthDate").asString()).isEqualTo("2010-03-14");
		assertThat(body.get("certificationCenter").asString()).isEqualTo("Lycée Condorcet");
		assertThat(body.get("date").asString()).isEqualTo("2026-11-18");
		assertThat(body.get("pixScore").asInt()).isEqualTo(40);
		assertThat(body.get("globalLevel").asInt()).isZero();
		assertThat(body.get("competences").size()).isEqualTo(16);
		assertThat(body.get("competences").get(0).get("name").asString()).startsWith("Mener une recherche");
		assertThat(body.get("competences").get(0).get("level").asInt()).isEqualTo(3);
		assertThat(body.toString()).doesNotContain(lea.email()).doesNotContain(lea.id().toString());

		assertThat(verify(code.toLowerCase().replace("-", "-%20"), address).status()).as("case and spaces")
			.isEqualTo(200);
		var wrong = verify(code.startsWith("P-2") ? "P-3" + code.substring(3) : "P-2" + code.substring(3), address);
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.body().get("code").asString()).isEqualTo("CERTIFICATE_NOT_FOUND");
		assertThat(verify(this.sessions.code(cancelled), address).status()).as("a cancelled certificate")
			.isEqualTo(404);
		for (var odd : new String[] { "P-AAAAAAAA", "x", "P-G7K3RXB9%27%20OR%201=1", "%3Cscript%3E", "P-GGGGGGGG" }) {
			var response = verify(odd, address);
			assertThat(response.status()).as(odd).isEqualTo(404);
			assertThat(response.raw()).doesNotContain("<script>");
		}
	}

	@Test
	void twentyMissesAMinuteFromAnAddressThenTooManyRequestsUntilTheNextMinute() {
		var lea = person("Lea");
		long session = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 18));
		var course = this.sessions.result(session, validated(lea, "Léa", 40));
		this.sessions.publish(session);
		var code = this.sessions.code(course);
		this.clock.advance(Duration.ofMinutes(1));
		var guesser = nextAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(verify(code, guesser).status()).as("a right code costs nothing").isEqualTo(200);
		}
		var random = new Random(3);
		for (int i = 0; i < 20; i++) {
			assertThat(verify(VerificationCode.draw(random), guesser).status()).isEqualTo(404);
		}
		var refused = verify(VerificationCode.draw(random), guesser);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("code").asString()).isEqualTo("CERTIFICATE_VERIFICATIONS_TOO_MANY");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(verify(code, guesser).status()).as("no oracle while blocked: a right code waits too").isEqualTo(429);
		assertThat(pageStatus("/verification/" + code, guesser)).as("the page counts against the same limit")
			.isEqualTo(429);
		assertThat(verify(code, nextAddress()).status()).as("another address").isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(verify(code, guesser).status()).as("the next minute").isEqualTo(200);
	}

	@Test
	void codesAreDrawnAgainWhenTakenAndKeptWhenPublishedAgain() {
		var lea = person("Lea");
		long first = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 18));
		var taken = this.sessions.result(first, validated(lea, "Léa", 40));
		long second = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 19));
		var course = this.sessions.result(second, validated(lea, "Léa", 48));
		var give = new GiveVerificationCodes(this.jdbc, this.transactionManager, new Random(11));
		assertThat((Integer) this.transactions.execute(status -> give.give(first))).isEqualTo(1);
		var again = new GiveVerificationCodes(this.jdbc, this.transactionManager, new Random(11));
		assertThat((Integer) this.transactions.execute(status -> again.give(second)))
			.as("the same generator draws the taken code first, then another")
			.isEqualTo(1);
		assertThat(this.sessions.code(course)).matches(CODE).isNotEqualTo(this.sessions.code(taken));
		var code = this.sessions.code(course);
		assertThat((Integer) this.transactions.execute(status -> again.give(second))).as("nothing to give again")
			.isZero();
		assertThat(this.sessions.code(course)).isEqualTo(code);
	}

	@Test
	void theLearnersPageListsTheCertificatesAndTheVerificationPageShowsOne() {
		var lea = person("Lea");
		var page = new PageClient(baseUrl());
		page.login(lea.email(), PASSWORD);
		var empty = page.get("/mes-certifications");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("data-test=\"empty\"");

		long session = this.sessions.session("Lycée Condorcet", LocalDate.of(2026, 11, 18));
		var course = this.sessions.result(session, validated(lea, "Léa", 40));
		this.sessions.publish(session);
		var code = this.sessions.code(course);
		var mine = page.get("/mes-certifications");
		assertThat(mine.body()).contains("data-test=\"certificate\"", code, "40 pix", "Validée",
				"/mes-certifications/" + course + "/attestation.pdf", "/verification/" + code);
		var pdf = page.get("/mes-certifications/" + course + "/attestation.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF-");
		assertThat(new PageClient(baseUrl()).get("/mes-certifications").status()).as("private").isEqualTo(302);

		var anyone = new PageClient(baseUrl());
		var shown = anyone.get("/verification/" + code);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("Certificat valide", "Léa Martin", "Lycée Condorcet", code, "40 pix",
				"Mener une recherche et une veille d&#39;information");
		var english = anyone.get("/verification/" + code + "?lang=en");
		assertThat(english.body()).contains("Valid certificate", "lang=\"fr\"");
		var wrong = anyone.get("/verification/P-G7K3RXB9");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.body()).as("the visitor chose English").contains("No valid certificate matches this code.");
		assertThat(anyone.get("/verification").status()).isEqualTo(200);
		var typed = anyone.get("/verification?code=" + code.toLowerCase());
		assertThat(typed.status()).isEqualTo(302);
		assertThat(typed.location()).endsWith("/verification/" + code);
	}

	private ApiClient.Response verify(String code, String address) {
		return new ApiClient(baseUrl()).send("GET", "/api/certificates/verification/" + code, null, null,
				Map.of("X-Forwarded-For", address));
	}

	private int pageStatus(String path, String address) {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("X-Forwarded-For", address).build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A client address of its own (the test client is the trusted proxy). */
	private static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
	}

}

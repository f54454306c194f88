package org.acquis.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a broken script sends: each gets a 4xx problem with a stable code,
 * never a 500, never a stack trace, and changes nothing.
 */
class HostileInputTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	private static final String JSON = "application/json";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	// sign-up

	@Test
	void scriptAndSqlInNamesAreStoredAsTextAndNeverRenderedRaw() {
		freshLoginWindow();
		var api = new ApiClient(baseUrl());
		var script = "<script>alert('x')</script>";
		var sql = "Robert'); DROP TABLE identity_user;--";
		var email = "bobby-" + UUID.randomUUID() + "@example.org";
		var created = api.post("/api/users", signUp(script, sql, email, PASSWORD));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		api.login(email, PASSWORD);

		var me = api.get("/api/me").body();
		assertThat(me.get("firstName").asString()).isEqualTo(script);
		assertThat(me.get("lastName").asString()).isEqualTo(sql);
		assertThat(this.jdbc.sql("SELECT count(*) FROM identity_user").query(Long.class).single()).isPositive();

		var browser = new PageClient(baseUrl());
		assertThat(browser.login(email, PASSWORD).location()).endsWith("/profil");
		for (var page : List.of("/", "/profil", "/tutoriels", "/competences/1.1")) {
			var html = browser.get(page);
			assertThat(html.status()).isEqualTo(200);
			assertThat(html.body()).as(page).doesNotContain(script);
		}
	}

	@Test
	void overlongSignUpFieldsAreRefusedAndCreateNoAccount() {
		expectSignUpRefused(signUp("A".repeat(101), "Martin", newEmail(), PASSWORD), 400, "NAME_TOO_LONG");
		expectSignUpRefused(signUp("Ana", "M".repeat(101), newEmail(), PASSWORD), 400, "NAME_TOO_LONG");
		expectSignUpRefused(signUp("Ana", "Martin", "a".repeat(250) + "@example.org", PASSWORD), 400, "EMAIL_INVALID");
		expectSignUpRefused(signUp("Ana", "Martin", newEmail(), "Aa1" + "x".repeat(253)), 400, "PASSWORD_TOO_LONG");
		expectSignUpRefused(signUp("Ana", "Martin", newEmail(), "short"), 400, "PASSWORD_TOO_WEAK");
	}

	@Test
	void aPasswordLongerThanTheHashAcceptsIsRefusedClearly() {
		// BCrypt reads 72 bytes at most: longer passwords are refused, not truncated nor
		// a crash
		var email = newEmail();
		expectSignUpRefused(signUp("Ana", "Martin", email, "Aa1" + "é".repeat(40)), 400, "PASSWORD_TOO_LONG");

		var browser = new PageClient(baseUrl());
		browser.get("/inscription");
		var page = browser.post("/inscription", Map.of("firstName", "Ana", "lastName", "Martin", "email", email,
				"password", "Aa1" + "x".repeat(100), "acceptTerms", "true"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("72");
		assertThat(accounts(email)).isZero();
	}

	@Test
	void controlCharactersInNamesAndEmailAreRefused() {
		expectSignUpRefused(signUp("Ana\u0000", "Martin", newEmail(), PASSWORD), 400, "NAME_INVALID");
		expectSignUpRefused(signUp("Ana", "Mar\u0007tin", newEmail(), PASSWORD), 400, "NAME_INVALID");
		expectSignUpRefused(signUp("Ana", "Martin", "ana\u0000" + UUID.randomUUID() + "@example.org", PASSWORD), 400,
				"EMAIL_INVALID");
	}

	@ParameterizedTest(name = "firstName {0}")
	@ValueSource(strings = { "[\"Ana\"]", "{\"x\":\"Ana\"}" })
	void wrongJsonTypesInSignUpAreMalformed(String firstName) {
		var email = newEmail();
		var body = "{\"firstName\":" + firstName + ",\"lastName\":\"Martin\",\"email\":\"" + email
				+ "\",\"password\":\"Secret123\",\"acceptTerms\":true}";
		var response = new ApiClient(baseUrl()).post("/api/users", body);
		expectProblem(response, 400, "MALFORMED_REQUEST");
		assertThat(accounts(email)).isZero();
	}

	@Test
	void malformedBodiesWrongContentTypesAndBadBytesAreRefused() {
		var api = new ApiClient(baseUrl());
		var email = newEmail();
		var good = "{\"firstName\":\"Ana\",\"lastName\":\"Martin\",\"email\":\"" + email
				+ "\",\"password\":\"Secret123\",\"acceptTerms\":true}";
		expectProblem(api.post("/api/users", good.substring(0, 40)), 400, "MALFORMED_REQUEST");
		expectProblem(api.post("/api/users", ""), 400, "MALFORMED_REQUEST");
		expectProblem(api.send("POST", "/api/users", "text/plain", bytes(good), Map.of()), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		expectProblem(
				api.send("POST", "/api/users", "application/x-www-form-urlencoded",
						bytes("firstName=Ana&lastName=Martin&email=" + email), Map.of()),
				415, "UNSUPPORTED_MEDIA_TYPE");
		expectProblem(api.send("POST", "/api/users", "application/xml", bytes("<user/>"), Map.of()), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		var invalidUtf8 = good.replace("Ana", "A\u0001na").getBytes(StandardCharsets.UTF_8);
		invalidUtf8[good.indexOf("Ana") + 1] = (byte) 0xC3; // a lead byte followed by an
															// ASCII letter
		expectProblem(api.send("POST", "/api/users", JSON, invalidUtf8, Map.of()), 400, "MALFORMED_REQUEST");
		var overlong = good.replace("Ana", "A\u0001na").getBytes(StandardCharsets.UTF_8);
		overlong[good.indexOf("Ana") + 1] = (byte) 0xFF;
		expectProblem(api.send("POST", "/api/users", JSON, overlong, Map.of()), 400, "MALFORMED_REQUEST");
		assertThat(accounts(email)).isZero();
		var learner = learner();
		expectProblem(learner.send("DELETE", "/api/me", null, null, Map.of()), 405, "METHOD_NOT_ALLOWED");
		expectProblem(learner.send("PUT", "/api/users", JSON, bytes(good), Map.of()), 405, "METHOD_NOT_ALLOWED");
		expectProblem(learner.get("/api/no-such-thing"), 404, "NOT_FOUND");
		expectProblem(learner.send("GET", "/api/me", null, null, Map.of("Accept", "application/xml")), 406,
				"NOT_ACCEPTABLE");
		assertThat(new PageClient(baseUrl()).get("/no-such-page").status()).as("pages keep their login redirect")
			.isEqualTo(302);
	}

	@Test
	void hugeAndDeeplyNestedBodiesAreRefusedWithoutA500() {
		var api = new ApiClient(baseUrl());
		var email = newEmail();
		var huge = "{\"firstName\":\"" + "A".repeat(60_000) + "\",\"lastName\":\"Martin\",\"email\":\"" + email
				+ "\",\"password\":\"Secret123\",\"acceptTerms\":true}";
		expectProblem(api.post("/api/users", huge), 400, "NAME_TOO_LONG");
		var deep = "{\"firstName\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
		expectProblem(api.post("/api/users", deep), 400, "MALFORMED_REQUEST");
		assertThat(accounts(email)).isZero();
	}

	@Test
	void bodiesOverTheApiLimitAreRefusedBeforeBeingParsed() {
		// each oversized body on a connection of its own: the server closes one whose
		// body it refused to read, and a client reusing it would fail before any answer
		var email = newEmail();
		var twoMegabytes = bytes("{\"firstName\":\"" + "A".repeat(2_000_000) + "\",\"lastName\":\"Martin\",\"email\":\""
				+ email + "\",\"password\":\"Secret123\",\"acceptTerms\":true}");
		var withLength = new ApiClient(baseUrl()).send("POST", "/api/users", JSON, twoMegabytes, Map.of());
		expectProblem(withLength, 413, "REQUEST_TOO_LARGE");
		assertThat(withLength.body().path("detail").asString()).contains("64");
		assertThat(withLength.headers().firstValue("Connection")).as("no client reuses the connection")
			.hasValue("close");
		var chunked = new ApiClient(baseUrl()).postChunked("/api/users", twoMegabytes);
		expectProblem(chunked, 413, "REQUEST_TOO_LARGE");
		assertThat(chunked.headers().firstValue("Connection")).as("read in part, then closed").hasValue("close");
		expectProblem(new ApiClient(baseUrl()).send("POST", "/api/users", JSON, twoMegabytes,
				Map.of("Idempotency-Key", "big-" + email)), 413, "REQUEST_TOO_LARGE");
		assertThat(accounts(email)).isZero();
		var english = new ApiClient(baseUrl()).send("POST", "/api/users", JSON, twoMegabytes,
				Map.of("Accept-Language", "en"));
		expectProblem(english, 413, "REQUEST_TOO_LARGE");
	}

	@Test
	void duplicateKeysInJsonAreMalformed() {
		var email = newEmail();
		var body = "{\"firstName\":\"Ana\",\"lastName\":\"Martin\",\"email\":\"" + newEmail() + "\",\"email\":\""
				+ email + "\",\"password\":\"Secret123\",\"acceptTerms\":true}";
		expectProblem(new ApiClient(baseUrl()).post("/api/users", body), 400, "MALFORMED_REQUEST");
		assertThat(accounts(email)).isZero();
	}

	// answers

	@Test
	void hostileAnswersAreRefusedAndRecordNothing() {
		var api = learner();
		var assessment = api.post("/api/competence-evaluations", Map.of("competence", "1.1"))
			.body()
			.get("assessmentId")
			.asString();
		var challenge = api.get("/api/assessments/" + assessment + "/next-challenge")
			.body()
			.get("challengeId")
			.asString();
		var answers = "/api/assessments/" + assessment + "/answers";

		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "x".repeat(2001))), 400,
				"ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", List.of("1", "2"))), 400,
				"ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", Map.of("a", "1"))), 400,
				"ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", true)), 400, "ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "1\u00002")), 400,
				"ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "x".repeat(5_000_000))), 413,
				"REQUEST_TOO_LARGE");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "x".repeat(40_000))), 413,
				"REQUEST_TOO_LARGE");
		expectProblem(
				api.postChunked(answers,
						bytes("{\"challengeId\":\"" + challenge + "\",\"value\":\"" + "x".repeat(40_000) + "\"}")),
				413, "REQUEST_TOO_LARGE");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "x".repeat(5_000))), 400,
				"ANSWER_MALFORMED");
		expectProblem(
				api.post(answers,
						"{\"challengeId\":\"unknown\",\"challengeId\":\"" + challenge + "\",\"value\":\"1\"}"),
				400, "MALFORMED_REQUEST");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "skipped", true, "value", "x".repeat(5_000))),
				400, "ANSWER_MALFORMED");
		expectProblem(api.post(answers, Map.of("challengeId", List.of(challenge), "value", "1")), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "1", "skipped", "maybe")), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "1"), "k".repeat(201)), 400,
				"IDEMPOTENCY_KEY_INVALID");
		expectProblem(api.post(answers, Map.of("challengeId", challenge, "value", "1"), " "), 400,
				"IDEMPOTENCY_KEY_INVALID");
		expectProblem(api.post(answers, "{\"challengeId\":\"" + challenge + "\",\"value\":"), 400, "MALFORMED_REQUEST");
		expectProblem(api.send("POST", answers, "text/plain", bytes("1"), Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
		var badBytes = bytes("{\"challengeId\":\"" + challenge + "\",\"value\":\"\u0001\"}");
		badBytes[badBytes.length - 3] = (byte) 0xFE;
		expectProblem(api.send("POST", answers, JSON, badBytes, Map.of()), 400, "MALFORMED_REQUEST");
		expectProblem(api.post("/api/assessments/..%2F..%2Fetc/answers", Map.of("value", "1")), 400, null);
		expectProblem(api.post("/api/assessments/not-a-uuid/answers", Map.of("value", "1")), 400, "MALFORMED_REQUEST");

		assertThat(api.get("/api/assessments/" + assessment).body().get("answers").asInt()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_answer WHERE assessment_id = ?::uuid")
			.param(assessment)
			.query(Long.class)
			.single()).isZero();
		assertThat(api.get("/api/assessments/" + assessment + "/next-challenge").body().get("challengeId").asString())
			.as("still the same question")
			.isEqualTo(challenge);
	}

	// problem reports (issue 16)

	@Test
	void hostileProblemReportsAreRefusedAndRecordNothing() {
		var api = learner();
		var challenge = this.bank.allChallenges().get(0).id();
		var reports = "/api/challenges/" + challenge + "/reports";

		expectProblem(api.post(reports, Map.of("category", "OTHER", "comment", "x".repeat(1001))), 400,
				"CHALLENGE_REPORT_COMMENT_TOO_LONG");
		expectProblem(api.post(reports, Map.of("category", "OTHER", "comment", "x".repeat(5_000_000))), 413,
				"REQUEST_TOO_LARGE");
		expectProblem(api.post(reports, Map.of("category", "OTHER", "comment", "a\u0000b")), 400,
				"CHALLENGE_REPORT_COMMENT_INVALID");
		expectProblem(api.post(reports, Map.of("category", "OTHER", "comment", "a\u001bb")), 400,
				"CHALLENGE_REPORT_COMMENT_INVALID");
		expectProblem(api.post(reports, Map.of("category", "OTHER\u0000")), 400, "CHALLENGE_REPORT_CATEGORY_INVALID");
		expectProblem(api.post(reports, Map.of("category", "other")), 400, "CHALLENGE_REPORT_CATEGORY_INVALID");
		expectProblem(api.post(reports, Map.of("category", List.of("OTHER"))), 400, "MALFORMED_REQUEST");
		expectProblem(api.post(reports, Map.of("category", "OTHER", "comment", Map.of("a", 1))), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post(reports, Map.of("category", "OTHER", "assessmentId", "not-a-uuid")), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post(reports, "{\"category\":"), 400, "MALFORMED_REQUEST");
		expectProblem(api.post(reports, "[\"OTHER\"]"), 400, "MALFORMED_REQUEST");
		expectProblem(api.send("POST", reports, "text/plain", bytes("OTHER"), Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
		expectProblem(api.post("/api/challenges/..%2F..%2Fetc/reports", Map.of("category", "OTHER")), 400, null);
		expectProblem(api.post("/api/challenges/" + "r".repeat(5000) + "/reports", Map.of("category", "OTHER")), 404,
				"CHALLENGE_NOT_FOUND");
		var me = api.get("/api/me").body().get("id").asString();
		assertThat(this.jdbc.sql("SELECT count(*) FROM referential_challenge_report WHERE user_id = ?::uuid")
			.param(me)
			.query(Long.class)
			.single()).isZero();

		var script = "<script>alert(1)</script> ' OR 1=1 --";
		assertThat(api.post(reports, Map.of("category", "OTHER", "comment", script)).status()).isEqualTo(201);
		var email = "content-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Auteur", "Contenu", email, PASSWORD, "fr", true,
				java.util.EnumSet.of(Role.LEARNER, Role.CONTENT)));
		var author = new PageClient(baseUrl());
		author.login(email, PASSWORD);
		assertThat(author.get("/admin/signalements").body()).as("stored as text, never rendered raw")
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	// bad page input (LOW-4 of the security probe)

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void badPageInputIsA4xxPageWithoutAStackTraceAndTheApiNeverA500(CapturedOutput output) {
		var api = learner();
		var email = api.get("/api/me").body().get("email").asString();
		var page = new PageClient(baseUrl());
		assertThat(page.login(email, PASSWORD).location()).endsWith("/profil");
		page.get("/competences/1.1");
		var path = page.post("/competences/1.1/evaluation", Map.of()).location().replaceFirst("^https?://[^/]+", "");
		var html = page.get(path).body();
		var challenge = hidden(html, "challengeId");

		expectPage(page.get("/evaluations/not-a-uuid"), 404);
		expectPage(page.get("/evaluations/00000000-0000-0000-0000-00000000000g"), 404);
		expectPage(page.post("/tutoriels/x/enregistrer", Map.of("saved", "maybe")), 400);
		expectPage(page.post(path, Map.of("challengeId", challenge, "answerKey", "k".repeat(1_500_000), "skip", "1")),
				413);
		expectPage(page.post(path, Map.of("challengeId", challenge, "answerKey", "k".repeat(201), "skip", "1")), 400);
		expectPage(page.post(path, Map.of("challengeId", challenge, "answerKey", " ", "skip", "1")), 400);
		expectPage(page.post(path, Map.of("challengeId", challenge, "value", "x".repeat(2001))), 400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_answer WHERE assessment_id = ?::uuid")
			.param(path.substring(path.lastIndexOf('/') + 1))
			.query(Long.class)
			.single()).isZero();

		expectProblem(api.get("/api/assessments/not-a-uuid"), 400, "MALFORMED_REQUEST");
		expectProblem(api.get("/api/assessments/00000000-0000-0000-0000-00000000000g/next-challenge"), 400,
				"MALFORMED_REQUEST");
		assertThat(output.getAll()).doesNotContain("Unexpected error", "MethodArgumentTypeMismatchException",
				"index row requires");
	}

	// answer trials (LOW-9 of the security probe)

	@Test
	void answerTrialsLargerThanAChallengeAreRefusedBeforeAnyMatching() {
		var author = contentAuthor();
		var trials = "/api/admin/answer-trials";
		// over every cap of a trial, under the 64 KB of a request body (a 200 KB one is
		// refused as too large before it is read: 413)
		var big = "a".repeat(20_000);
		var refused = List.<Map<String, Object>>of(
				Map.of("type", "QROC", "accepted", List.of(big), "tolerances", List.of("t3"), "value", "b"),
				Map.of("type", "QROC", "accepted", List.of("b"), "tolerances", List.of("t3"), "value", big),
				Map.of("type", "QROC", "accepted", List.of("b"), "value", "x".repeat(2001)),
				Map.of("type", "QROC", "accepted", java.util.Collections.nCopies(51, "b"), "value", "b"),
				Map.of("type", "QROC", "accepted", java.util.Collections.nCopies(6, "c".repeat(2000)), "tolerances",
						List.of("t3"), "value", "b"),
				Map.of("type", "QROC", "accepted", List.of("b"), "tolerances", java.util.Collections.nCopies(51, "t1"),
						"value", "b"),
				Map.of("type", "QROCM_DEP", "accepted", manyFields(21, List.of("b")), "value", manyFields(21, "b")),
				Map.of("type", "QROCM_IND", "accepted", manyFields(6, List.of("c".repeat(2000))), "value",
						manyFields(6, "b")),
				Map.of("type", "QROCM_IND", "accepted", manyFields(6, List.of("b")), "value",
						manyFields(6, "c".repeat(2000))),
				Map.of("type", "QCM", "accepted", "1," + "2,".repeat(1000), "value", "1"), Map.of("type", "QROCM_DEP",
						"accepted", manyFields(2, List.of("b")), "value", manyFields(2, "b"), "fields", 21));
		for (var trial : refused) {
			expectProblem(author.post(trials, trial), 400, "ANSWER_TRIAL_INVALID");
		}
		expectProblem(
				author.post(trials, Map.of("type", "QROC", "accepted", List.of("b"), "value", "a".repeat(200_000))),
				413, "REQUEST_TOO_LARGE");
		var fine = author.post(trials, Map.of("type", "QROC", "accepted", List.of("Lutèce"), "tolerances",
				List.of("t1", "t3"), "value", "lutce"));
		assertThat(fine.body().get("result").asString()).as(fine.raw()).isEqualTo("OK");

		var challenge = this.bank.allChallenges()
			.stream()
			.filter(c -> c.type() == org.acquis.referential.Challenge.Type.QROC)
			.findFirst()
			.orElseThrow();
		var page = new PageClient(baseUrl());
		page.login(author.get("/api/me").body().get("email").asString(), PASSWORD);
		page.get("/admin/epreuves/" + challenge.id());
		expectPage(page.post("/admin/epreuves/" + challenge.id() + "/essai", Map.of("value", big)), 400);
		assertThat(page.post("/admin/epreuves/" + challenge.id() + "/essai", Map.of("value", "b")).status())
			.isEqualTo(200);
	}

	private static Map<String, Object> manyFields(int count, Object value) {
		var fields = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < count; i++) {
			fields.put("f" + i, value);
		}
		return fields;
	}

	private ApiClient contentAuthor() {
		freshLoginWindow();
		var email = "author-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Auteur", "Martin", email, PASSWORD, "fr", true,
				java.util.EnumSet.of(Role.LEARNER, Role.CONTENT)));
		var api = new ApiClient(baseUrl());
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
		return api;
	}

	private static void expectPage(PageClient.Page page, int status) {
		assertThat(page.status()).as(page.body()).isEqualTo(status);
		assertThat(page.body()).doesNotContain("Exception", "\tat ");
	}

	private static String hidden(String html, String name) {
		var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

	@ParameterizedTest(name = "competence {0}")
	@ValueSource(strings = { "9.9", "1.1' OR '1'='1", "<script>alert(1)</script>", "../../1.1", "1.1;DROP TABLE x",
			"１.１", "\u0000" })
	void unknownCompetenceCodesAreNotFound(String code) {
		var api = learner();
		var started = api.post("/api/competence-evaluations", Map.of("competence", code));
		expectProblem(started, 404, "COMPETENCE_UNKNOWN");
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_assessment WHERE competence_code = ?")
			.param(code.replace("\u0000", ""))
			.query(Long.class)
			.single()).isZero();
	}

	@ParameterizedTest(name = "path {0}")
	@ValueSource(strings = { "9.9", "%3Cscript%3E", "1.1%27%20OR%201%3D1", "%E2%80%AE1.1" })
	void unknownCompetenceCodesInPathsAreNotFound(String code) {
		var api = learner();
		expectProblem(api.post("/api/competence-evaluations/" + code + "/improve", Map.of()), 404,
				"COMPETENCE_UNKNOWN");
		expectProblem(api.post("/api/me/competences/" + code + "/reset", Map.of()), 404, "COMPETENCE_UNKNOWN");
	}

	/**
	 * Odd verification codes are the same 404 as a wrong one, in the API and on the page
	 * (no oracle, no 500); from an address of their own, so that they spend no one else's
	 * misses.
	 */
	@ParameterizedTest(name = "code {0}")
	@ValueSource(strings = { "P-%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "P-..%2F..%2F",
			"%E2%80%AEP-G7K3RXB9", "P-%EF%BC%A7%EF%BC%97K3RXB9", "P-G7K3RXB9P-G7K3RXB9P-G7K3RXB9P-G7K3RXB9P-G7K3RXB9",
			"%00", "P-aaaaaaaa", "%20" })
	void oddVerificationCodesAreNotFound(String code) {
		var address = "203.0.113." + (1 + Math.floorMod(code.hashCode(), 250));
		var api = new ApiClient(baseUrl()).send("GET", "/api/certificates/verification/" + code, null, null,
				Map.of("X-Forwarded-For", address));
		assertThat(api.status()).as(api.raw()).isIn(400, 404);
		if (api.status() == 404) {
			assertThat(api.body().get("code").asString()).isEqualTo("CERTIFICATE_NOT_FOUND");
		}
		assertThat(api.raw()).doesNotContain("<script>").doesNotContain("Exception");
	}

	@Test
	void competenceAsAWrongTypeIsMalformed() {
		var api = learner();
		expectProblem(api.post("/api/competence-evaluations", Map.of("competence", List.of("1.1"))), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post("/api/competence-evaluations", Map.of()), 400, "COMPETENCE_REQUIRED");
	}

	// attachments

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/content/files/crcn/1.1/..%2F..%2Fapplication.yaml",
			"/api/content/files/crcn/1.1/..%2F..%2Fapplication.yaml",
			"/content/files/crcn/1.1/%2e%2e%2f%2e%2e%2fapplication.yaml", "/content/files/crcn/1.1/%2e%2e",
			"/content/files/crcn/%2e%2e/%2e%2e/application.yaml", "/content/files/crcn/1.1/..%5C..%5Capplication.yaml",
			"/content/files/crcn/1.1/%2Fetc%2Fpasswd", "/api/content/files/crcn/1.1/%2Fetc%2Fpasswd",
			"/content/files/crcn/1.1/C:%5Cwindows%5Cwin.ini", "/content/files/crcn/1.1/files%2Farticle-sommeil.html",
			"/content/files/crcn/1.1/article-sommeil.html%00.yaml", "/content/files/crcn/1.1/..;/..;/application.yaml",
			"/content/files/..%252F..%252Fapplication.yaml", "/api/content/files/crcn/1.1/application.yaml",
			"/api/content/files/crcn/1.1/%252e%252e%252fapplication.yaml" })
	void pathTraversalInAttachmentNamesNeverServesAFile(String path) {
		var response = new ApiClient(baseUrl()).get(path);

		// encoded slashes are refused by Tomcat itself, with its bare 400 page (no
		// version, no trace)
		assertThat(response.status()).as(path + ": " + response.raw()).isIn(400, 404);
		assertThat(response.raw()).doesNotContain("spring:", "datasource", "root:", "[fonts]", "Exception", "Tomcat/");
	}

	@Test
	void aKnownAttachmentIsServed() {
		var response = new ApiClient(baseUrl()).get("/content/files/crcn/1.1/article-sommeil.html");
		assertThat(response.status()).isEqualTo(200);
	}

	// login

	@Test
	void tenFailedLoginsBlockTheAccountForAWhile() {
		freshLoginWindow();
		var api = new ApiClient(baseUrl());
		var email = newEmail();
		assertThat(api.post("/api/users", signUp("Lou", "Martin", email, PASSWORD)).status()).isEqualTo(201);
		for (int i = 1; i <= 10; i++) {
			expectProblem(api.login(email, "Wrong" + i + "Password"), 401, "INVALID_CREDENTIALS");
		}
		expectProblem(api.login(email, PASSWORD), 423, "ACCOUNT_TEMPORARILY_BLOCKED");
		expectProblem(api.login(email.toUpperCase(), PASSWORD), 423, "ACCOUNT_TEMPORARILY_BLOCKED");

		this.clock.advance(Duration.ofMinutes(3));
		assertThat(api.login(email, PASSWORD).status()).as("unblocked after 2 minutes").isEqualTo(200);
	}

	@Test
	void oneAddressMakesAtMostThirtyFailedLoginsAMinute() {
		freshLoginWindow();
		var api = new ApiClient(baseUrl());
		var email = newEmail();
		assertThat(api.post("/api/users", signUp("Rita", "Martin", email, PASSWORD)).status()).isEqualTo(201);
		try {
			ApiClient.Response limited = null;
			int attempts = 0;
			// a minute boundary may pass during the loop and reset the count once
			while (limited == null && attempts < 70) {
				var response = api.post("/api/token",
						Map.of("username", "nobody-" + attempts + "@example.org", "password", "Wrong1234"));
				attempts++;
				if (response.status() == 429) {
					limited = response;
				}
				else {
					expectProblem(response, 401, "INVALID_CREDENTIALS");
				}
			}
			assertThat(limited).as("limited after %d attempts", attempts).isNotNull();
			assertThat(attempts).isGreaterThan(30);
			expectProblem(limited, 429, "TOO_MANY_LOGIN_ATTEMPTS");
			expectProblem(api.login(email, PASSWORD), 429, "TOO_MANY_LOGIN_ATTEMPTS");
			var page = new PageClient(baseUrl()).login(email, PASSWORD);
			assertThat(page.location()).endsWith("/connexion?error=TOO_MANY_LOGIN_ATTEMPTS");
		}
		finally {
			// the whole suite logs in from 127.0.0.1: leave the next minute open to the
			// other tests
			freshLoginWindow();
		}
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
	}

	/**
	 * The review's oracle: a victim logged in with an Idempotency-Key an attacker can
	 * guess; the attacker's guesses under that key must neither reveal the password (422
	 * vs 200) nor return the victim's tokens, and they count against the login limits.
	 */
	@Test
	void idempotencyKeysOfLoginsAreNoPasswordOracle() {
		freshLoginWindow();
		var victim = new ApiClient(baseUrl());
		var email = newEmail();
		assertThat(victim.post("/api/users", signUp("Vic", "Martin", email, PASSWORD)).status()).isEqualTo(201);
		var key = "login-" + email;
		var login = victim.post("/api/token", Map.of("username", email, "password", PASSWORD), key);
		assertThat(login.status()).isEqualTo(200);
		var victimsRefreshToken = login.body().get("refresh_token").asString();
		try {
			var attacker = new ApiClient(baseUrl());
			var statuses = new java.util.TreeMap<Integer, Integer>();
			for (int i = 1; i <= 60; i++) {
				var guess = attacker.post("/api/token", Map.of("username", email, "password", "Guess-" + i), key);
				statuses.merge(guess.status(), 1, Integer::sum);
				assertThat(guess.raw()).doesNotContain(victimsRefreshToken);
				assertThat(guess.header("Idempotent-Replayed")).isNull();
			}
			assertThat(statuses).as("guesses are failed logins, up to the address limit")
				.containsKeys(401, 429)
				.doesNotContainKeys(200, 422);
			var replay = attacker.post("/api/token", Map.of("username", email, "password", PASSWORD), key);
			assertThat(replay.raw()).doesNotContain(victimsRefreshToken);
			assertThat(replay.header("Idempotent-Replayed")).isNull();
			assertThat(this.jdbc.sql("SELECT count(*) FROM shared_idempotent_request WHERE idempotency_key = ?")
				.param(key)
				.query(Long.class)
				.single()).as("no login response is stored").isZero();
		}
		finally {
			freshLoginWindow();
		}
	}

	@Test
	void hostileLoginsAreInvalidCredentialsNotErrors() {
		freshLoginWindow();
		var api = new ApiClient(baseUrl());
		expectProblem(api.login("x".repeat(300) + "@example.org", PASSWORD), 401, "INVALID_CREDENTIALS");
		expectProblem(api.login("' OR '1'='1", "' OR '1'='1"), 401, "INVALID_CREDENTIALS");
		expectProblem(api.login("ana\u0000@example.org", PASSWORD), 401, "INVALID_CREDENTIALS");
		expectProblem(api.login(newEmail(), "x".repeat(60_000)), 401, "INVALID_CREDENTIALS");
		expectProblem(api.login(newEmail(), "x".repeat(100_000)), 413, "REQUEST_TOO_LARGE");
		expectProblem(api.post("/api/token", Map.of("username", List.of("a"), "password", "b")), 400,
				"MALFORMED_REQUEST");
		expectProblem(api.post("/api/token", Map.of("refresh_token", "forged")), 401, "REFRESH_TOKEN_INVALID");
	}

	// helpers

	private ApiClient learner() {
		freshLoginWindow();
		var api = new ApiClient(baseUrl());
		api.signUpAndLogin("Hostile");
		return api;
	}

	/** The login rate limit counts per minute of the (test) clock: start a new minute. */
	// certification: a centre's CSV of candidates

	@Test
	void brokenCandidateFilesAreRefusedWithACodeAndEnrolNoOne() {
		freshLoginWindow();
		var admin = new ApiClient(baseUrl());
		var adminEmail = "csv-admin-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Csv", "Admin", adminEmail, PASSWORD, "fr", true,
				java.util.EnumSet.of(Role.LEARNER, Role.SUPER_ADMIN)));
		admin.login(adminEmail, PASSWORD);
		var center = admin.post("/api/admin/certification-centers", Map.of("name", "Centre", "type", "PRO"))
			.body()
			.get("id")
			.asString();
		long session = admin
			.post("/api/certification-centers/" + center + "/sessions",
					Map.of("address", "a", "room", "b", "date", "2026-12-10", "time", "09:00", "examiner", "c"))
			.body()
			.get("id")
			.asLong();
		var path = "/api/sessions/" + session + "/candidates/import";
		var header = "Nom;Prénom;Date de naissance\n";
		var tooMany = new StringBuilder(header);
		for (int i = 0; i < 1001; i++) {
			tooMany.append("Nom").append(i).append(";Anne;2010-01-01\n");
		}
		var cases = Map.of("CANDIDATE_IMPORT_NOT_CSV", header + "\"Dupont;Anne;2010-01-01\n",
				"CANDIDATE_IMPORT_HEADER_UNKNOWN", "Nom;Prénom;Date de naissance;=cmd|' /C calc'!A0\n",
				"CANDIDATE_IMPORT_HEADER_MISSING", "Nom;Sexe\nDupont;F\n", "CANDIDATE_IMPORT_EMPTY", header,
				"CANDIDATE_IMPORT_TOO_LARGE", tooMany.toString());
		cases.forEach(
				(code, text) -> expectProblem(admin.send("POST", path, "text/csv", bytes(text), Map.of()), 400, code));
		expectProblem(
				admin.send("POST", path, "text/csv", new byte[] { 'N', 'o', 'm', (byte) 0xC3, 0x28, '\n' }, Map.of()),
				400, "CANDIDATE_IMPORT_NOT_UTF8");
		expectProblem(admin.send("POST", path, "text/csv", bytes(header + "Du\u0000pont;Anne;2010-01-01\n"), Map.of()),
				400, "CANDIDATE_IMPORT_NOT_CSV");
		expectProblem(
				admin.send("POST", path, "text/csv",
						bytes(header + "<script>alert(1)</script>;" + "A".repeat(101) + ";2010-01-01\n"), Map.of()),
				400, "CANDIDATE_IMPORT_INVALID");
		var huge = admin.send("POST", path, "text/csv", new byte[2 * 1024 * 1024], Map.of());
		assertThat(huge.status()).as("past the 1 MB limit of this path").isEqualTo(413);
		assertThat(this.jdbc.sql("SELECT count(*) FROM certification_candidate WHERE session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isZero();
	}

	private void freshLoginWindow() {
		this.clock.advance(Duration.ofMinutes(1));
	}

	private void expectSignUpRefused(Map<String, Object> signUp, int status, String code) {
		expectProblem(new ApiClient(baseUrl()).post("/api/users", signUp), status, code);
		assertThat(accounts((String) signUp.get("email"))).as("no account created").isZero();
	}

	private static void expectProblem(ApiClient.Response response, int status, String code) {
		assertThat(response.status()).as(response.raw()).isEqualTo(status);
		assertThat(response.raw()).doesNotContain("Exception", "\tat ");
		if (code != null) {
			assertThat(response.body().path("code").asString()).as(response.raw()).isEqualTo(code);
			assertThat(response.body().path("detail").asString()).isNotBlank();
		}
	}

	private long accounts(String email) {
		return this.jdbc.sql("SELECT count(*) FROM identity_user WHERE lower(email) = lower(?)")
			.param(email.replace("\u0000", ""))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> signUp(String firstName, String lastName, String email, String password) {
		return Map.of("firstName", firstName, "lastName", lastName, "email", email, "password", password, "locale",
				"fr", "acceptTerms", true);
	}

	private static String newEmail() {
		return "hostile-" + UUID.randomUUID() + "@example.org";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

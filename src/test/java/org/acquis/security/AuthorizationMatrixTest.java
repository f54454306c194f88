package org.acquis.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.acquis.certification.certificate.PublishedCertificates;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint of today against every kind of caller of today: who gets in (2xx),
 * who must log in (401), who is refused (403), and who is told an assessment that is not
 * theirs does not exist (404). The same table is in docs/reliability.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

	private static final String PASSWORD = "Secret123";

	enum Caller {

		ANONYMOUS(null), OWNER(Role.LEARNER), OTHER_LEARNER(Role.LEARNER), CONTENT(Role.CONTENT), SUPPORT(Role.SUPPORT),
		CERTIFICATION(Role.CERTIFICATION), SUPER_ADMIN(Role.SUPER_ADMIN);

		final Role role;

		Caller(Role role) {
			this.role = role;
		}

	}

	/**
	 * One endpoint; {assessment} is the owner's assessment, {challenge} its current
	 * question.
	 */
	record Endpoint(String method, String path, String body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	// anonymous, owner, other learner, CONTENT, SUPPORT, CERTIFICATION, SUPER_ADMIN
	private static final Object[][] MATRIX = { { "POST", "/api/users", "{sign-up}", "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "POST", "/api/token", "{login}", "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/me", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			// issue 17: one's own password (the current one is required: without it,
			// 400 before any check)
			{ "POST", "/api/me/password", "{\"newPassword\":\"Velo-Rouge-75\"}", "401 400 400 400 400 400 400" },
			{ "GET", "/api/frameworks", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/frameworks/crcn", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/content/files/crcn/1.1/article-sommeil.html", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/openapi.json", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/admin/content/stats", null, "401 403 403 2xx 2xx 403 2xx" },
			{ "GET", "/api/admin/challenges/{challenge}", null, "401 403 403 2xx 403 403 2xx" },
			{ "POST", "/api/admin/answer-trials", "{\"type\":\"QROC\",\"accepted\":[\"a\"],\"value\":\"a\"}",
					"401 403 403 2xx 403 403 2xx" },
			{ "POST", "/api/competence-evaluations", "{\"competence\":\"1.1\"}", "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "POST", "/api/competence-evaluations/1.1/improve", "{}", "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/assessments/{assessment}", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/assessments/{assessment}/next-challenge", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/assessments/{assessment}/review", null, "401 2xx 404 404 404 404 404" },
			{ "POST", "/api/assessments/{assessment}/current-challenge/start", "{}", "401 2xx 404 404 404 404 404" },
			{ "POST", "/api/assessments/{assessment}/answers", "{\"challengeId\":\"{challenge}\",\"skipped\":true}",
					"401 2xx 404 404 404 404 404" },
			{ "GET", "/api/me/profile", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			// authorized, then refused by the 7-day rule: what matters here is neither
			// 401 nor 403
			{ "POST", "/api/me/competences/1.1/reset", "{}", "401 422 422 422 422 422 422" },
			{ "GET", "/api/me/certification-eligibility", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			// issue 16: a learner's own accommodation
			{ "GET", "/api/me/accommodation", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "PUT", "/api/me/accommodation", "{\"kind\":\"NONE\"}", "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			// issue 14: the lockout's way out ({user} is the owner's account)
			{ "POST", "/api/admin/users/{user}/unblock", "{}", "401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/password-resets", "{\"email\":\"nobody@example.org\"}", "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			// a link that does not exist: the same answer for everyone
			{ "POST", "/api/password-resets/no-such-link-0000000000000000000000", "{\"password\":\"Velo-Rouge-75x\"}",
					"404 404 404 404 404 404 404" },
			// a refresh token of nobody's: revokes nothing, so the callers keep their
			// tokens
			{ "POST", "/api/token/revocation", "{\"refresh_token\":\"unknown\"}", "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			// {target}: a user who is none of the callers
			{ "POST", "/api/admin/users/{target}/token-revocation", "{}", "401 403 403 403 2xx 403 2xx" },
			// issue 16: any learner reports a problem on a challenge; content authors
			// list the reports
			{ "POST", "/api/challenges/{challenge}/reports", "{\"category\":\"UNCLEAR\"}",
					"401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/admin/challenge-reports", null, "401 403 403 2xx 403 403 2xx" },
			// issue 17: the organisation space ({organization}: a school whose admin
			// is the owner; to anyone else it does not exist)
			{ "POST", "/api/admin/organizations",
					"{\"name\":\"Matrice\",\"type\":\"SCO\",\"uai\":\"0000000A\",\"managesStudents\":true,\"tags\":[]}",
					"401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/admin/organizations/{organization}/memberships",
					"{\"userId\":\"{target}\",\"role\":\"MEMBER\"}", "401 403 403 403 2xx 403 2xx" },
			{ "GET", "/api/organizations/{organization}/memberships", null, "401 2xx 404 404 404 404 404" },
			{ "POST", "/api/organizations/{organization}/invitations",
					"{\"email\":\"nobody@example.org\",\"role\":\"MEMBER\"}", "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/organizations/{organization}/learners", null, "401 2xx 404 404 404 404 404" },
			{ "POST", "/api/organizations/{organization}/learners",
					"{\"firstName\":\"Zoé\",\"lastName\":\"Dupré\",\"birthDate\":\"2013-04-03\",\"division\":\"6A\"}",
					"401 2xx 404 404 404 404 404" },
			// pupils' accounts of a class (the pupil added by the row above gets one);
			// to the others the school does not exist
			{ "POST", "/api/organizations/{organization}/learners/accounts?division=6A", "{}",
					"401 2xx 404 404 404 404 404" },
			// an import that does not exist: the owner is told so, the others that the
			// school does not exist
			{ "GET", "/api/organizations/{organization}/learner-imports/00000000-0000-0000-0000-000000000000", null,
					"401 404 404 404 404 404 404" },
			{ "POST", "/api/organization-invitations/no-such-invitation/acceptance", "{}",
					"401 404 404 404 404 404 404" },
			// issue 17: campaigns ({campaign} of the owner's school, {code} its code,
			// {profile} a shipped target profile); to anyone else the campaign does not
			// exist
			{ "GET", "/api/admin/target-profiles", null, "401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/admin/target-profiles",
					"{\"name\":\"Matrice\",\"competences\":[{\"code\":\"1.1\",\"maxLevel\":1}]}",
					"401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/admin/target-profiles/{profile}/organizations",
					"{\"organizationIds\":[\"{organization}\"]}", "401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/admin/target-profiles/{profile}/badges",
					"{\"key\":\"{unique}\",\"title\":\"Matrice\",\"criteria\":[{\"threshold\":100}]}",
					"401 403 403 403 2xx 403 2xx" },
			{ "GET", "/api/organizations/{organization}/target-profiles", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/organizations/{organization}/campaigns", null, "401 2xx 404 404 404 404 404" },
			{ "POST", "/api/organizations/{organization}/campaigns",
					"{\"name\":\"Matrice\",\"type\":\"ASSESSMENT\",\"targetProfileId\":\"{profile}\"}",
					"401 2xx 404 404 404 404 404" },
			{ "GET", "/api/campaigns/{campaign}", null, "401 2xx 404 404 404 404 404" },
			{ "PATCH", "/api/campaigns/{campaign}", "{\"landingText\":\"Bonjour\"}", "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/organizations/{organization}/learners/{learner}/participations", null,
					"401 2xx 404 404 404 404 404" },
			{ "GET", "/api/campaigns/{campaign}/participants", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/campaigns/{campaign}/analysis", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/campaigns/{campaign}/export.csv", null, "401 2xx 404 404 404 404 404" },
			// the landing is public; joining needs an account (here refused for want of
			// the identity the school's list asks for: neither 401 nor 403)
			{ "GET", "/api/campaigns/code/{code}", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "POST", "/api/campaigns/code/{code}/participations", "{}", "401 400 400 400 400 400 400" },
			{ "POST", "/api/participations/00000000-0000-0000-0000-000000000000/share", "{}",
					"401 404 404 404 404 404 404" },
			// issue 18: certification. The owner is the ADMIN of {center}, whose sessions
			// are
			// {session} and {closing}; another centre's sessions do not exist for you
			// (404)
			{ "POST", "/api/admin/certification-centers", "{\"name\":\"Centre\",\"type\":\"PRO\"}",
					"401 403 403 403 2xx 403 2xx" },
			{ "POST", "/api/admin/certification-centers/{center}/memberships",
					"{\"userId\":\"{user}\",\"role\":\"ADMIN\"}", "401 403 403 403 2xx 403 2xx" },
			{ "GET", "/api/me/certification-centers", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/certification-centers/{center}", null, "401 2xx 403 403 403 403 2xx" },
			{ "GET", "/api/certification-centers/{center}/sessions", null, "401 2xx 403 403 403 403 2xx" },
			{ "POST", "/api/certification-centers/{center}/sessions",
					"{\"address\":\"a\",\"room\":\"b\",\"date\":\"2026-12-10\",\"time\":\"09:00\",\"examiner\":\"c\"}",
					"401 2xx 403 403 403 403 2xx" },
			{ "GET", "/api/sessions/{session}", null, "401 2xx 404 404 404 404 2xx" },
			{ "GET", "/api/sessions/{session}/candidates", null, "401 2xx 404 404 404 404 2xx" },
			{ "POST", "/api/sessions/{session}/candidates",
					"{\"firstName\":\"{unique}\",\"lastName\":\"Matrix\",\"birthDate\":\"2010-01-01\"}",
					"401 2xx 404 404 404 404 2xx" },
			// the supervision opens with an invigilator's token only, never an account's
			{ "GET", "/api/sessions/{session}/supervision", null, "401 401 401 401 401 401 401" },
			{ "POST", "/api/sessions/{session}/candidates/{target}/authorize", "{}", "401 401 401 401 401 401 401" },
			// nobody named Nobody is enrolled: the same answer for every account
			{ "POST", "/api/certification-courses",
					"{\"sessionId\":{session},\"firstName\":\"Nobody\",\"lastName\":\"X\",\"birthDate\":\"2010-01-01\"}",
					"401 404 404 404 404 404 404" },
			{ "GET", "/api/sessions/{session}/attendance-sheet.pdf", null, "401 2xx 404 404 404 404 2xx" },
			{ "GET", "/api/sessions/{session}/candidates/template.ods", null, "401 2xx 404 404 404 404 2xx" },
			// the matrix's centre is linked to no school: no learner of any school is its
			// own
			{ "POST", "/api/sessions/{session}/candidates/from-learners",
					"{\"learnerIds\":[\"00000000-0000-0000-0000-000000000000\"]}", "401 404 404 404 404 404 404" },
			{ "GET", "/api/admin/sessions/{session}/results", null, "401 403 403 403 403 2xx 2xx" },
			// the owner finalises {closing}; the super administrator comes too late
			{ "POST", "/api/sessions/{closing}/finalization", "{}", "401 2xx 404 404 404 404 409" },
			// the jury (CERTIFICATION, SUPER_ADMIN) on {closing}, finalised just above;
			// {session} is not finalised: refused to the jury too (409)
			{ "GET", "/api/admin/sessions", null, "401 403 403 403 403 2xx 2xx" },
			{ "GET", "/api/admin/sessions/{closing}", null, "401 403 403 403 403 2xx 2xx" },
			{ "POST", "/api/admin/sessions/{closing}/assignment", "{}", "401 403 403 403 403 2xx 2xx" },
			{ "PUT", "/api/admin/sessions/{closing}/jury-comment", "{\"comment\":\"Vu\"}",
					"401 403 403 403 403 2xx 2xx" },
			{ "PUT", "/api/admin/certifications/00000000-0000-0000-0000-000000000000/jury-decision",
					"{\"decision\":\"CANCELLED\",\"comment\":\"x\"}", "401 403 403 403 403 404 404" },
			{ "DELETE", "/api/admin/certifications/00000000-0000-0000-0000-000000000000/jury-decision", null,
					"401 403 403 403 403 404 404" },
			{ "POST", "/api/admin/sessions/{session}/publication", "{}", "401 403 403 403 403 409 409" },
			{ "POST", "/api/admin/sessions/{closing}/publication", "{}", "401 403 403 403 403 2xx 2xx" },
			{ "DELETE", "/api/admin/sessions/{closing}/publication", null, "401 403 403 403 403 2xx 2xx" },
			// issue 18, certificates: {certificate} is the owner's, published; its code
			// {verification} is checked by anyone (a wrong code is the same 404 for all)
			{ "GET", "/api/me/certificates", null, "401 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/certificates/{certificate}/attestation.pdf", null, "401 2xx 404 404 404 404 404" },
			{ "GET", "/api/certificates/verification/{verification}", null, "2xx 2xx 2xx 2xx 2xx 2xx 2xx" },
			{ "GET", "/api/certificates/verification/P-G7K3RXB9", null, "404 404 404 404 404 404 404" }, };

	@Autowired
	RegisterUser registerUser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	private final Map<Caller, String> emails = new EnumMap<>(Caller.class);

	private final Map<Caller, UUID> ids = new EnumMap<>(Caller.class);

	private final Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);

	private String assessment;

	private String target;

	private String organization;

	private String profile;

	private String campaign;

	private String code;

	private String learner;

	private String center;

	private String session;

	private String closing;

	private String certificate;

	private String verification;

	@BeforeAll
	void oneUserPerRoleEachWithAStartedEvaluation() {
		// a fresh rate-limit window: this class logs in some twenty times
		this.clock.advance(Duration.ofMinutes(1));
		this.target = this.registerUser
			.register(RegisterUser.Registration.learner("Matrix", "Target",
					"target-" + UUID.randomUUID() + "@example.org", PASSWORD, "fr", true))
			.toString();
		for (var caller : Caller.values()) {
			var api = new ApiClient(baseUrl());
			this.clients.put(caller, api);
			if (caller.role == null) {
				continue;
			}
			var email = caller.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@example.org";
			this.ids.put(caller, this.registerUser.register(new RegisterUser.Registration("Matrix", caller.name(),
					email, PASSWORD, "fr", true, java.util.EnumSet.of(Role.LEARNER, caller.role))));
			this.emails.put(caller, email);
			assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
			var started = api.post("/api/competence-evaluations", Map.of("competence", "1.1"));
			assertThat(started.status()).as(started.raw()).isEqualTo(201);
			if (caller == Caller.OWNER) {
				this.assessment = started.body().get("assessmentId").asString();
			}
		}
		var admin = this.clients.get(Caller.SUPER_ADMIN);
		this.organization = admin
			.post("/api/admin/organizations", Map.of("name", "École de la matrice", "type", "SCO", "uai", "0000000B",
					"managesStudents", true, "tags", List.of()))
			.body()
			.get("id")
			.asString();
		assertThat(admin
			.post("/api/admin/organizations/" + this.organization + "/memberships",
					Map.of("userId", this.ids.get(Caller.OWNER).toString(), "role", "ADMIN"))
			.status()).isEqualTo(201);
		this.profile = admin.get("/api/admin/target-profiles?q=SIXTH_GRADE_INITIATION")
			.body()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		var created = this.clients.get(Caller.OWNER)
			.post("/api/organizations/" + this.organization + "/campaigns",
					Map.of("name", "Matrice", "type", "ASSESSMENT", "targetProfileId", this.profile));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		this.campaign = created.body().get("id").asString();
		this.code = created.body().get("code").asString();
		var learner = this.clients.get(Caller.OWNER)
			.post("/api/organizations/" + this.organization + "/learners",
					Map.of("firstName", "Zoé", "lastName", "Matrice", "birthDate", "2013-04-03", "division", "6A"));
		assertThat(learner.status()).as(learner.raw()).isEqualTo(201);
		this.learner = learner.body().get("id").asString();
		aCentreOfTheOwnerWithTwoSessions();
		aPublishedCertificateOfTheOwner();
	}

	private void aPublishedCertificateOfTheOwner() {
		var published = new PublishedCertificates(this.jdbc, this.transactions, this.events, this.clock);
		long session = published.session("Matrice", java.time.LocalDate.of(2026, 11, 18));
		var course = published.result(session, new PublishedCertificates.Result(this.ids.get(Caller.OWNER), "Matrix",
				"Owner", "VALIDATED", 40, Map.of("1.1", 3)));
		published.publish(session);
		this.certificate = course.toString();
		this.verification = published.code(course);
	}

	private void aCentreOfTheOwnerWithTwoSessions() {
		var admin = this.clients.get(Caller.SUPER_ADMIN);
		this.center = admin.post("/api/admin/certification-centers", Map.of("name", "Matrice", "type", "SCO"))
			.body()
			.get("id")
			.asString();
		assertThat(admin
			.post("/api/admin/certification-centers/" + this.center + "/memberships",
					Map.of("userId", this.ids.get(Caller.OWNER).toString(), "role", "ADMIN"))
			.status()).isEqualTo(201);
		var session = Map.of("address", "a", "room", "b", "date", "2026-12-10", "time", "09:00", "examiner", "c");
		var owner = this.clients.get(Caller.OWNER);
		this.session = owner.post("/api/certification-centers/" + this.center + "/sessions", session)
			.body()
			.get("id")
			.asString();
		this.closing = owner.post("/api/certification-centers/" + this.center + "/sessions", session)
			.body()
			.get("id")
			.asString();
	}

	Stream<Arguments> matrix() {
		var rows = new ArrayList<Arguments>();
		for (var row : MATRIX) {
			var endpoint = new Endpoint((String) row[0], (String) row[1], (String) row[2]);
			var expected = ((String) row[3]).split(" ");
			assertThat(expected).hasSize(Caller.values().length);
			for (var caller : Caller.values()) {
				rows.add(Arguments.of(endpoint, caller, expected[caller.ordinal()]));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("matrix")
	void everyEndpointAnswersEveryCallerAsTheMatrixSays(Endpoint endpoint, Caller caller, String expected) {
		var api = this.clients.get(caller);
		var challenge = currentChallenge();
		var path = endpoint.path()
			.replace("{assessment}", this.assessment)
			.replace("{challenge}", challenge)
			.replace("{user}", this.ids.get(Caller.OWNER).toString())
			.replace("{target}", this.target)
			.replace("{organization}", this.organization)
			.replace("{profile}", this.profile)
			.replace("{campaign}", this.campaign)
			.replace("{code}", this.code)
			.replace("{learner}", this.learner)
			.replace("{center}", this.center)
			.replace("{session}", this.session)
			.replace("{closing}", this.closing)
			.replace("{certificate}", this.certificate)
			.replace("{verification}", this.verification);
		var response = switch (endpoint.method()) {
			case "GET" -> api.get(path);
			case "POST" -> api.post(path, body(endpoint, caller, challenge));
			default -> api.send(endpoint.method(), path, endpoint.body() == null ? null : "application/json",
					endpoint.body() == null ? null
							: body(endpoint, caller, challenge).getBytes(java.nio.charset.StandardCharsets.UTF_8),
					Map.of());
		};

		assertThat(statusClass(response.status())).as("%s as %s: %s", endpoint, caller, response.raw())
			.isEqualTo(expected);
		if (response.status() >= 400) {
			assertThat(response.body().get("code")).as("a problem with a code: %s", response.raw()).isNotNull();
		}
	}

	private String body(Endpoint endpoint, Caller caller, String challenge) {
		return switch (endpoint.body()) {
			case "{sign-up}" -> "{\"firstName\":\"Nouveau\",\"lastName\":\"Compte\",\"email\":\"new-"
					+ UUID.randomUUID() + "@example.org\",\"password\":\"" + PASSWORD + "\",\"acceptTerms\":true}";
			case "{login}" -> "{\"username\":\"" + this.emails.getOrDefault(caller, this.emails.get(Caller.OWNER))
					+ "\",\"password\":\"" + PASSWORD + "\"}";
			default -> endpoint.body()
				.replace("{challenge}", challenge)
				.replace("{target}", this.target)
				.replace("{organization}", this.organization)
				.replace("{profile}", this.profile)
				.replace("{user}", this.ids.get(Caller.OWNER).toString())
				.replace("{session}", this.session)
				.replace("{unique}", "Candidat" + UUID.randomUUID().toString().substring(0, 8));
		};
	}

	private String currentChallenge() {
		var next = this.clients.get(Caller.OWNER).get("/api/assessments/" + this.assessment + "/next-challenge");
		assertThat(next.status()).as(next.raw()).isEqualTo(200);
		return next.body().get("challengeId").asString();
	}

	private static String statusClass(int status) {
		return status >= 200 && status < 300 ? "2xx" : String.valueOf(status);
	}

	@Test
	void aForgedOrTamperedTokenIsUnauthenticatedEvenOnPublicEndpoints() {
		var owner = this.clients.get(Caller.OWNER);
		assertThat(owner.get("/api/me").status()).isEqualTo(200);
		for (var token : List.of("not-a-token",
				"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZXMiOlsiU1VQRVJfQURNSU4iXX0.")) {
			var response = withToken(token).get("/api/admin/content/stats");
			assertThat(response.status()).as(response.raw()).isEqualTo(401);
			assertThat(response.body().get("code").asString()).isEqualTo("UNAUTHENTICATED");
		}
		assertThat(withToken(owner.token() + "x").get("/api/me").status()).isEqualTo(401);
		assertThat(withToken("not-a-token").get("/api/frameworks").status()).isEqualTo(401);
	}

	private ApiClient withToken(String token) {
		var api = new ApiClient(baseUrl());
		api.useToken(token);
		return api;
	}

	@ParameterizedTest(name = "anonymous {0} -> /connexion")
	@ValueSource(strings = { "/profil", "/profil/amenagements", "/tutoriels", "/competences/1.1",
			"/evaluations/{assessment}", "/evaluations/{assessment}/resultat", "/admin", "/admin/contenu", "/orga",
			"/orga/conditions", "/orga/invitation/a-token/connexion", "/orga/{organization}/campagnes",
			"/campagnes/ABCDEF234/resultats", "/certification", "/certification/rejoindre", "/certif",
			"/certif/sessions/1000", "/mes-certifications",
			"/mes-certifications/00000000-0000-0000-0000-000000000000/attestation.pdf" })
	void anonymousVisitorsOfPrivatePagesAreSentToTheLoginPage(String path) {
		var page = new PageClient(baseUrl())
			.get(path.replace("{assessment}", this.assessment).replace("{organization}", this.organization));

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/connexion");
	}

	@ParameterizedTest(name = "anonymous {0} -> 200")
	@ValueSource(strings = { "/", "/inscription", "/connexion", "/accessibilite", "/mot-de-passe-oublie",
			"/nouveau-mot-de-passe/an-unknown-token-of-some-length", "/orga/invitation/an-unknown-invitation-token",
			"/campagnes", "/verification" })
	void publicPagesAreOpenToEveryone(String path) {
		assertThat(new PageClient(baseUrl()).get(path).status()).isEqualTo(200);
	}

	@Test
	void anotherLearnersAssessmentPagesDoNotExistForYou() {
		var owner = new PageClient(baseUrl());
		assertThat(owner.login(this.emails.get(Caller.OWNER), PASSWORD).location()).endsWith("/profil");
		assertThat(owner.get("/evaluations/" + this.assessment).status()).isEqualTo(200);
		assertThat(owner.get("/profil").status()).isEqualTo(200);
		assertThat(owner.get("/tutoriels").status()).isEqualTo(200);

		var other = new PageClient(baseUrl());
		assertThat(other.login(this.emails.get(Caller.OTHER_LEARNER), PASSWORD).location()).endsWith("/profil");
		assertThat(other.get("/profil").status()).isEqualTo(200);
		assertThat(other.get("/evaluations/" + this.assessment).status()).isEqualTo(404);
		assertThat(other.get("/evaluations/" + this.assessment + "/resultat").status()).isEqualTo(404);
		assertThat(other.post("/evaluations/" + this.assessment, Map.of("challengeId", currentChallenge(), "skip", ""))
			.status()).isEqualTo(404);
		assertThat(other.get("/evaluations/" + UUID.randomUUID()).status()).as("same answer as for a missing one")
			.isEqualTo(404);
		assertThat(other.get("/admin").status()).as("the back office is for staff").isEqualTo(403);
	}

}

package org.acquis.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures;
import org.acquis.referential.ContentBank;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin of school B walks every campaign endpoint and page of school A (A's campaign
 * C, with a shared participation P): each answers 403 or 404 and nothing of A changes,
 * while A's teacher sees every page. A campaign endpoint the walk misses fails the test.
 * The two schools are made once: nothing the walk tries changes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignIsolationTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private CampaignFixtures a;

	private OrganizationFixtures.User adminB;

	private String schoolB;

	private String campaign;

	private String code;

	private String participation;

	private String learner;

	/** The campaign module's endpoints under the organisation's learners. */
	static final List<String> LEARNER_PARTICIPATIONS = List
		.of("/api/organizations/{id}/learners/{learnerId}/participations", "/orga/{id}/eleves/{learnerId}");

	@BeforeAll
	void twoSchools() {
		this.clock.advance(Duration.ofMinutes(1));
		this.a = new CampaignFixtures(baseUrl(), this.registerUser, this.bank);
		this.adminB = this.a.organizations.user("Bruno");
		this.schoolB = this.a.organizations.school(OrganizationFixtures.uai(), this.adminB);
		this.learner = this.a.pupil("Zoé", "Dupré", "2013-04-03", "6A");
		var created = this.a.campaign(Map.of()).body();
		this.campaign = created.get("id").asString();
		this.code = created.get("code").asString();
		var pupil = this.a.organizations.user("Zoe").api();
		var joined = pupil.post("/api/campaigns/code/" + this.code + "/participations",
				Map.of("learner", Map.of("firstName", "Zoé", "lastName", "Dupré", "birthDate", "2013-04-03")));
		this.participation = joined.body().get("participationId").asString();
		this.a.answerAll(pupil, joined.body().get("assessmentId").asString(), true);
		assertThat(pupil.post("/api/participations/" + this.participation + "/share", "{}").status()).isEqualTo(200);
	}

	/**
	 * method, path (A = school A, B = school B, C = A's campaign, P = its participation,
	 * L = A's learner), body.
	 */
	private List<String[]> api() {
		return List.of(new String[] { "GET", "/api/organizations/A/campaigns", null },
				new String[] { "POST", "/api/organizations/A/campaigns",
						"{\"name\":\"X\",\"type\":\"ASSESSMENT\",\"targetProfileId\":\"T\"}" },
				new String[] { "GET", "/api/organizations/A/target-profiles", null },
				new String[] { "GET", "/api/campaigns/C", null },
				new String[] { "PATCH", "/api/campaigns/C", "{\"name\":\"X\",\"landingText\":\"X\"}" },
				new String[] { "GET", "/api/organizations/A/learners/L/participations", null },
				new String[] { "GET", "/api/organizations/B/learners/L/participations", null },
				new String[] { "POST", "/api/campaigns/C/archive", "{}" },
				new String[] { "DELETE", "/api/campaigns/C/archive", null },
				new String[] { "DELETE", "/api/campaigns/C", null },
				new String[] { "GET", "/api/campaigns/C/participants", null },
				new String[] { "GET", "/api/campaigns/C/participants?division=6A", null },
				new String[] { "GET", "/api/campaigns/C/participants/P", null },
				new String[] { "GET", "/api/campaigns/C/analysis", null },
				new String[] { "GET", "/api/campaigns/C/export.csv", null },
				new String[] { "POST", "/api/participations/P/share", "{}" },
				new String[] { "GET", "/api/participations/P", null });
	}

	private List<String> pages() {
		return List.of("GET /orga/A/campagnes", "POST /orga/A/campagnes", "GET /orga/A/campagnes/C",
				"GET /orga/B/campagnes/C", "GET /orga/A/campagnes/C/participants",
				"GET /orga/A/campagnes/C/participants/P", "GET /orga/A/campagnes/C/export.csv",
				"GET /orga/B/campagnes/C/export.csv", "POST /orga/A/campagnes/C/archivage",
				"POST /orga/B/campagnes/C/archivage", "POST /orga/A/campagnes/C/suppression",
				"POST /orga/A/campagnes/C/textes", "POST /orga/B/campagnes/C/textes", "GET /orga/A/eleves/L",
				"GET /orga/B/eleves/L");
	}

	@Test
	void aMemberOfAnotherSchoolReachesNothing() {
		var api = this.adminB.api();
		for (var endpoint : api()) {
			var path = path(endpoint[1]);
			var body = endpoint[2] == null ? null : path(endpoint[2]).getBytes(StandardCharsets.UTF_8);
			var response = api.send(endpoint[0], path, body == null ? null : "application/json", body, Map.of());
			assertThat(response.status()).as("%s %s: %s", endpoint[0], path, response.raw()).isIn(403, 404);
		}
		var browser = new PageClient(baseUrl());
		browser.login(this.adminB.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		for (var page : pages()) {
			var parts = page.split(" ");
			var path = path(parts[1]);
			var response = parts[0].equals("GET") ? browser.get(path)
					: browser.post(path, Map.of("name", "X", "targetProfileId", this.a.profile, "archived", "true"));
			assertThat(response.status()).as(page).isIn(403, 404);
		}
		var teacher = this.a.teacher.api();
		var unchanged = teacher.get("/api/campaigns/" + this.campaign).body();
		assertThat(unchanged.get("archivedAt").isNull()).isTrue();
		assertThat(unchanged.get("name").asString()).isEqualTo("Rentrée");
		assertThat(teacher.get("/api/organizations/" + this.a.school + "/campaigns").body().size()).isEqualTo(1);
	}

	@Test
	void theSchoolsTeacherSeesEveryPage() {
		var browser = new PageClient(baseUrl());
		browser.login(this.a.teacher.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		for (var page : pages()) {
			var parts = page.split(" ");
			if (parts[0].equals("GET") && parts[1].startsWith("/orga/A")) {
				var response = browser.get(path(parts[1]));
				assertThat(response.status()).as(page).isEqualTo(200);
			}
		}
		var campaignPage = browser.get(path("/orga/A/campagnes/C")).body();
		assertThat(campaignPage).contains(this.code, "Dupré", "hx-trigger=\"every 5s\"", "<svg", "<table");
		var csv = browser.get(path("/orga/A/campagnes/C/export.csv")).body();
		assertThat(csv).contains("Dupré;Zoé;6A;Résultats envoyés;");
		var pupil = new PageClient(baseUrl());
		assertThat(pupil.get("/campagnes/" + this.code).status()).as("the landing is public").isEqualTo(200);
		assertThat(pupil.get("/campagnes?code=" + this.code.toLowerCase()).location())
			.endsWith("/campagnes/" + this.code);
	}

	@Test
	void everyCampaignEndpointIsInTheWalk() {
		var walked = new TreeSet<String>();
		api().forEach(e -> walked.add(e[0] + " " + normalized(e[1])));
		pages().forEach(p -> walked.add(p.split(" ")[0] + " " + normalized(p.split(" ")[1])));
		var mapped = new ArrayList<String>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			for (var pattern : info.getPatternValues()) {
				boolean campaign = (pattern.startsWith("/api/campaigns/{") || pattern.startsWith("/api/participations/")
						|| pattern.matches("/api/organizations/\\{[^}]+}/(campaigns|target-profiles).*")
						|| pattern.startsWith("/orga/{") && pattern.contains("/campagnes")
						|| LEARNER_PARTICIPATIONS.contains(pattern));
				if (campaign) {
					info.getMethodsCondition()
						.getMethods()
						.forEach(m -> mapped.add(m.name() + " " + normalized(pattern)));
				}
			}
		});
		assertThat(mapped).hasSizeGreaterThan(20);
		assertThat(walked).containsAll(mapped);
	}

	private String path(String template) {
		return template.replace("/A/", "/" + this.a.school + "/")
			.replace("/B/", "/" + this.schoolB + "/")
			.replaceAll("/C(?=/|$|\\?)", "/" + this.campaign)
			.replaceAll("/P(?=/|$)", "/" + this.participation)
			.replaceAll("/L(?=/|$)", "/" + this.learner)
			.replace("\"T\"", "\"" + this.a.profile + "\"");
	}

	private static String normalized(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("/(\\{[^}]+\\}|[ABCPL])(?=/|$)", "/*");
	}

}

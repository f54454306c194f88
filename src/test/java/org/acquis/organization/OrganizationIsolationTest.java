package org.acquis.organization;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures.Pupil;
import org.acquis.organization.OrganizationFixtures.User;
import org.acquis.organization.learnerimport.ImportJobRunner;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin of school B walks every endpoint and page of school A (and reads A's import
 * through B): each answers 403 or 404, and nothing of A changes. A new organisation
 * endpoint that this walk does not cover fails the test.
 */
class OrganizationIsolationTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private User adminA;

	private User adminB;

	private String schoolA;

	private String schoolB;

	private String importA;

	@BeforeEach
	void twoSchools() {
		this.clock.advance(Duration.ofMinutes(1));
		var fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		this.adminA = fixtures.user("Alice");
		this.adminB = fixtures.user("Bruno");
		var uai = OrganizationFixtures.uai();
		this.schoolA = fixtures.school(uai, this.adminA);
		this.schoolB = fixtures.school(OrganizationFixtures.uai(), this.adminB);
		var started = OrganizationFixtures.upload(this.adminA.api(), this.schoolA, "SIECLE_XML",
				OrganizationFixtures.bytes(OrganizationFixtures.siecle(uai, "UTF-8",
						List.of(new Pupil("123456789AB", "Dupré", "Zoé", "03/04/2013", "6A"))), "UTF-8"));
		this.importA = started.body().get("importId").asString();
		ImportJobRunner.run(this.context, this.importA);
	}

	/** method, path (A = school A, B = school B, I = A's import, U = A's admin), body. */
	private List<String[]> api() {
		return List.of(new String[] { "GET", "/api/organizations/A/memberships", null },
				new String[] { "DELETE", "/api/organizations/A/memberships/U", null },
				new String[] { "POST", "/api/organizations/A/invitations",
						"{\"email\":\"x@example.org\",\"role\":\"ADMIN\"}" },
				new String[] { "POST", "/api/organizations/A/learners",
						"{\"firstName\":\"X\",\"lastName\":\"Y\",\"birthDate\":\"2013-01-01\"}" },
				new String[] { "GET", "/api/organizations/A/learners", null },
				new String[] { "GET", "/api/organizations/A/learners?division=6A", null },
				new String[] { "POST", "/api/organizations/A/learner-imports?format=SIECLE_XML", "{file}" },
				new String[] { "GET", "/api/organizations/A/learner-imports/I", null },
				new String[] { "GET", "/api/organizations/B/learner-imports/I", null }, new String[] { "POST",
						"/api/admin/organizations/A/memberships", "{\"userId\":\"B\",\"role\":\"ADMIN\"}" });
	}

	private List<String[]> pages() {
		return List.of(new String[] { "GET", "/orga/A" }, new String[] { "GET", "/orga/A/eleves" },
				new String[] { "GET", "/orga/A/eleves?division=6A" }, new String[] { "GET", "/orga/A/imports" },
				new String[] { "GET", "/orga/A/imports/I" }, new String[] { "GET", "/orga/A/imports/I/etat" },
				new String[] { "GET", "/orga/B/imports/I" }, new String[] { "GET", "/orga/B/imports/I/etat" },
				new String[] { "POST", "/orga/A/invitations" }, new String[] { "POST", "/orga/A/membres/U/retrait" },
				new String[] { "POST", "/orga/A/imports" });
	}

	@Test
	void aMemberOfAnotherSchoolReachesNothing() {
		var api = this.adminB.api();
		for (var endpoint : api()) {
			var path = path(endpoint[1]);
			var response = endpoint[2] == null ? api.send(endpoint[0], path, null, null, Map.of())
					: "{file}".equals(endpoint[2])
							? OrganizationFixtures.upload(api, this.schoolA, "SIECLE_XML",
									"x".getBytes(StandardCharsets.UTF_8))
							: api.send(endpoint[0], path, "application/json",
									path(endpoint[2]).getBytes(StandardCharsets.UTF_8), Map.of());
			assertThat(response.status()).as("%s %s: %s", endpoint[0], path, response.raw()).isIn(403, 404);
		}
		var browser = new PageClient(baseUrl());
		browser.login(this.adminB.email(), PASSWORD);
		browser.get("/orga/conditions");
		browser.post("/orga/conditions", Map.of());
		assertThat(browser.get("/orga/" + this.schoolB).status()).as("their own school").isEqualTo(200);
		for (var page : pages()) {
			var path = path(page[1]);
			var response = page[0].equals("GET") ? browser.get(path)
					: browser.post(path, Map.of("email", "x@example.org", "role", "ADMIN", "format", "SIECLE_XML"));
			assertThat(response.status()).as("%s %s", page[0], path).isIn(403, 404);
		}
		var learners = this.adminA.api().get("/api/organizations/" + this.schoolA + "/learners").body();
		assertThat(learners.get("total").asInt()).as("nothing of A changed").isEqualTo(1);
		var members = this.adminA.api().get("/api/organizations/" + this.schoolA + "/memberships").body();
		assertThat(members.size()).isEqualTo(1);
		assertThat(this.mailbox.to("x@example.org")).isEmpty();
	}

	@Test
	void everyOrganisationEndpointIsInTheWalk() {
		var walked = new TreeSet<String>();
		for (var endpoint : api()) {
			walked.add(endpoint[0] + " " + normalized(endpoint[1]));
		}
		for (var page : pages()) {
			walked.add(page[0] + " " + normalized(page[1]));
		}
		var mapped = new ArrayList<String>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			for (var pattern : info.getPatternValues()) {
				boolean organisation = pattern.startsWith("/api/organizations/{")
						|| pattern.startsWith("/api/admin/organizations/{") || pattern.startsWith("/orga/{");
				// the campaign module's own endpoints are walked by CampaignIsolationTest
				organisation &= !pattern.matches("/api/organizations/\\{[^}]+}/(campaigns|target-profiles).*")
						&& !(pattern.startsWith("/orga/{") && pattern.contains("/campagnes"))
						&& !List
							.of("/api/organizations/{id}/learners/{learnerId}/participations",
									"/orga/{id}/eleves/{learnerId}")
							.contains(pattern);
				if (organisation) {
					info.getMethodsCondition()
						.getMethods()
						.forEach(m -> mapped.add(m.name() + " " + normalized(pattern)));
				}
			}
		});
		assertThat(mapped).isNotEmpty();
		assertThat(walked).containsAll(mapped);
	}

	private String path(String template) {
		return template.replace("/A", "/" + this.schoolA)
			.replace("/B/", "/" + this.schoolB + "/")
			.replace("/I", "/" + this.importA)
			.replace("/U", "/" + this.adminA.id())
			.replace("\"B\"", "\"" + this.adminB.id() + "\"");
	}

	/** "/orga/{id}/imports/{importId}" and "/orga/A/imports/I" are one path. */
	private static String normalized(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("/(\\{[^}]+\\}|[ABIU])(?=/|$)", "/*");
	}

}

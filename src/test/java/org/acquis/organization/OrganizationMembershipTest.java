package org.acquis.organization;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures.User;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members join by an e-mailed, single-use, expiring invitation, leave or are removed; the
 * last admin stays; the space's terms are accepted before its first use.
 */
class OrganizationMembershipTest extends IntegrationTest {

	private static final Pattern LINK = Pattern.compile("/orga/invitation/([A-Za-z0-9_-]{20,})");

	@Autowired
	RegisterUser registerUser;

	private OrganizationFixtures fixtures;

	private User admin;

	private String school;

	@BeforeEach
	void aSchoolAndItsAdmin() {
		this.clock.advance(Duration.ofMinutes(1));
		this.fixtures = new OrganizationFixtures(baseUrl(), this.registerUser);
		this.admin = this.fixtures.user("Inès");
		this.school = this.fixtures.school(OrganizationFixtures.uai(), this.admin);
	}

	@Test
	void anInvitedPersonJoinsOnceWithTheLinkOfTheEmail() {
		var invited = this.fixtures.user("Paul");
		var token = invite(invited.email(), "MEMBER");

		var accepted = invited.api().post("/api/organization-invitations/" + token + "/acceptance", Map.of());

		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
		assertThat(accepted.body().get("organizationId").asString()).isEqualTo(this.school);
		var members = invited.api().get("/api/organizations/" + this.school + "/memberships");
		assertThat(members.status()).isEqualTo(200);
		assertThat(members.raw()).contains(invited.id().toString(), "\"role\":\"MEMBER\"");
		var again = this.fixtures.user("Other")
			.api()
			.post("/api/organization-invitations/" + token + "/acceptance", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("INVITATION_ALREADY_USED");
	}

	@Test
	void anExpiredInvitationSaysSo() {
		var invited = this.fixtures.user("Lou");
		var token = invite(invited.email(), "ADMIN");
		this.clock.advance(Duration.ofDays(8));
		invited.api().login(invited.email(), PASSWORD);

		var accepted = invited.api().post("/api/organization-invitations/" + token + "/acceptance", Map.of());

		assertThat(accepted.status()).isEqualTo(409);
		assertThat(accepted.body().get("code").asString()).isEqualTo("INVITATION_EXPIRED");
		var page = new PageClient(baseUrl()).get("/orga/invitation/" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("a expiré");
	}

	@Test
	void onlyAdminsInviteAndTheLastAdminCannotLeave() {
		var member = this.fixtures.user("Max");
		this.fixtures.addMember(this.school, member, "MEMBER");
		var refused = member.api()
			.post("/api/organizations/" + this.school + "/invitations",
					Map.of("email", "x@example.org", "role", "MEMBER"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("code").asString()).isEqualTo("ORGANIZATION_ADMIN_ONLY");
		assertThat(member.api().send("DELETE", memberPath(this.admin), null, null, Map.of()).status())
			.as("a member removes no one")
			.isEqualTo(403);

		var leaving = this.admin.api().send("DELETE", memberPath(this.admin), null, null, Map.of());
		assertThat(leaving.status()).isEqualTo(409);
		assertThat(leaving.body().get("code").asString()).isEqualTo("LAST_ADMIN_CANNOT_LEAVE");

		this.fixtures.addMember(this.school, member, "ADMIN");
		assertThat(this.admin.api().send("DELETE", memberPath(this.admin), null, null, Map.of()).status())
			.isEqualTo(204);
		assertThat(this.admin.api().get("/api/organizations/" + this.school + "/memberships").status())
			.as("gone: the organisation no longer exists for them")
			.isEqualTo(404);
	}

	@Test
	void theTermsComeFirstThenTheInvitationPageLetsALoggedInUserJoin() {
		var invited = this.fixtures.user("Jade");
		var token = invite(invited.email(), "MEMBER");
		var anonymous = new PageClient(baseUrl()).get("/orga/invitation/" + token);
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.body()).contains("Collège", "/orga/invitation/" + token + "/connexion");

		var browser = new PageClient(baseUrl());
		browser.login(invited.email(), PASSWORD);
		assertThat(browser.get("/orga/invitation/" + token).body()).contains("Rejoindre l&#39;organisation");
		var joined = browser.post("/orga/invitation/" + token, Map.of());
		assertThat(joined.location()).endsWith("/orga/" + this.school);

		assertThat(browser.get("/orga/" + this.school).location()).as("the terms first").endsWith("/orga/conditions");
		assertThat(browser.post("/orga/conditions", Map.of()).location()).endsWith("/orga");
		assertThat(browser.get("/orga").location()).as("their one organisation").endsWith("/orga/" + this.school);
		var members = browser.get("/orga/" + this.school);
		assertThat(members.status()).isEqualTo(200);
		assertThat(members.body()).contains("Jade", "Inès").doesNotContain("Inviter un membre");
	}

	private String invite(String email, String role) {
		var invited = this.admin.api()
			.post("/api/organizations/" + this.school + "/invitations", Map.of("email", email, "role", role));
		assertThat(invited.status()).as(invited.raw()).isEqualTo(201);
		var mails = this.mailbox.await(email, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().subject()).contains("Collège");
		var link = LINK.matcher(mails.getFirst().body());
		assertThat(link.find()).as(mails.getFirst().body()).isTrue();
		return link.group(1);
	}

	private String memberPath(User user) {
		return "/api/organizations/" + this.school + "/memberships/" + user.id();
	}

}

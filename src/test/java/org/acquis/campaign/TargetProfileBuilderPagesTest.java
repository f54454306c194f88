package org.acquis.campaign;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The back office builds a target profile tube by tube on its page. */
class TargetProfileBuilderPagesTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	@Autowired
	TargetProfiles profiles;

	@Test
	void theBackOfficePicksTubesAndTheirCapLevels() {
		var email = "builder-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Bâtis", "Seur", email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, Role.SUPPORT)));
		var browser = new PageClient(baseUrl());
		browser.login(email, PASSWORD);
		var search = this.bank.tubes("crcn", "1.1").get(0).name();
		var secure = this.bank.tubes("crcn", "4.1").get(0).name();
		var page = browser.get("/admin/profils-cibles");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"cap." + search + "\"", "data-competence=\"5.2\"", "Découverte 6e");

		var name = "Sur mesure " + UUID.randomUUID();
		var none = browser.post("/admin/profils-cibles", Map.of("name", name));
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.body()).contains("role=\"alert\"");
		var built = browser.post("/admin/profils-cibles",
				Map.of("name", name, "description", "Deux sujets", "cap." + search, "2", "cap." + secure, "1"));
		assertThat(built.location()).contains("/admin/profils-cibles?cree=");
		assertThat(browser.get("/admin/profils-cibles?cree=x").body()).contains(name, "Le profil cible est créé.");

		var api = new ApiClient(baseUrl());
		api.login(email, PASSWORD);
		var id = api.get("/api/admin/target-profiles?q=" + name.replace(" ", "%20"))
			.body()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		assertThat(built.location()).endsWith(id);
		assertThat(this.profiles.find(UUID.fromString(id)).orElseThrow().tubes()).containsExactlyInAnyOrder(
				new TargetProfile.CappedTube(search, 2), new TargetProfile.CappedTube(secure, 1));

		var learner = new PageClient(baseUrl());
		learner.login(new ApiClient(baseUrl()).signUpAndLogin("Lina"), "Secret123");
		assertThat(learner.get("/admin/profils-cibles").status()).isEqualTo(403);
	}

}

package org.acquis.campaign;

import java.time.Duration;
import java.util.Map;

import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.acquis.organization.OrganizationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pupil's pages: the code form leads to the landing, the identity form matches the
 * school's record (or says why not), the test runs on the question pages, the results
 * page sends the results.
 */
class CampaignPagesTest extends IntegrationTest {

	@Autowired
	RegisterUser registerUser;

	@Autowired
	ContentBank bank;

	@Test
	void aPupilJoinsTakesTheTestAndSendsTheResultsThroughThePages() {
		this.clock.advance(Duration.ofMinutes(1));
		var f = new CampaignFixtures(baseUrl(), this.registerUser, this.bank);
		f.pupil("Noé", "Lambert", "2013-09-10", "6B");
		var code = f.campaign(Map.of("landingText", "Bonne chance !")).body().get("code").asString();
		var user = f.organizations.user("Noe");
		var browser = new PageClient(baseUrl());
		browser.login(user.email(), PASSWORD);

		assertThat(browser.get("/campagnes").body()).contains("name=\"code\"");
		var landing = browser.get("/campagnes/" + code);
		assertThat(landing.body()).contains("Bonne chance !", "name=\"birthDate\"", "Collège");
		var unknown = browser.post("/campagnes/" + code + "/participation",
				Map.of("firstName", "Noé", "lastName", "Lambert", "birthDate", "2013-09-11"));
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("Nous ne vous trouvons pas");

		var joined = browser.post("/campagnes/" + code + "/participation",
				Map.of("firstName", "noe", "lastName", "LAMBERT", "birthDate", "2013-09-10"));
		assertThat(joined.status()).isEqualTo(302);
		assertThat(joined.location()).contains("/evaluations/");
		var assessment = joined.location().substring(joined.location().lastIndexOf('/') + 1);
		assertThat(browser.get("/evaluations/" + assessment).status()).as("the usual question page").isEqualTo(200);
		assertThat(browser.get("/campagnes/" + code + "/resultats").location()).as("not finished: back to the test")
			.endsWith("/evaluations/" + assessment);

		f.answerAll(user.api(), assessment, true);
		assertThat(browser.get("/evaluations/" + assessment + "/resultat").location())
			.as("the end of the test leads to the campaign's results")
			.endsWith("/campagnes/" + code + "/resultats");
		var results = browser.get("/campagnes/" + code + "/resultats");
		assertThat(results.status()).isEqualTo(200);
		assertThat(results.body()).contains("Envoyer mes résultats", "100 %", "<svg");
		assertThat(browser.post("/campagnes/" + code + "/partage", Map.of()).status()).isEqualTo(302);
		var sent = browser.get("/campagnes/" + code + "/resultats").body();
		assertThat(sent).contains("data-test=\"campaign-shared\"").doesNotContain("Envoyer mes résultats");
		assertThat(browser.get("/campagnes/" + code).body()).contains("Voir mes résultats");
	}

}

package org.acquis.campaign;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.identity.account.RegisterUser;
import org.acquis.organization.OrganizationFixtures;
import org.acquis.referential.ContentBank;
import org.acquis.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A school with a pupil list, a small target profile and a campaign, for the tests. */
final class CampaignFixtures {

	final OrganizationFixtures organizations;

	final OrganizationFixtures.User teacher;

	final String school;

	final String profile;

	private final ContentBank bank;

	CampaignFixtures(String base, RegisterUser registerUser, ContentBank bank) {
		this.bank = bank;
		this.organizations = new OrganizationFixtures(base, registerUser);
		this.teacher = this.organizations.user("Claire");
		this.school = this.organizations.school(OrganizationFixtures.uai(), this.teacher);
		this.profile = targetProfile();
		var attached = this.organizations.platformAdmin()
			.post("/api/admin/target-profiles/" + this.profile + "/organizations",
					Map.of("organizationIds", List.of(this.school)));
		assertThat(attached.status()).as(attached.raw()).isEqualTo(200);
	}

	/** Two tubes up to level 2, with stages at 0, 50 and 100 %. */
	private String targetProfile() {
		var tubes = List.of(Map.of("tube", this.bank.tubes("crcn", "1.1").get(0).name(), "maxLevel", 2),
				Map.of("tube", this.bank.tubes("crcn", "4.2").get(0).name(), "maxLevel", 2));
		var created = this.organizations.platformAdmin()
			.post("/api/admin/target-profiles",
					Map.of("name", "Petit profil", "tubes", tubes, "stages",
							List.of(Map.of("threshold", 0, "title", "Départ"),
									Map.of("threshold", 50, "title", "Moitié"),
									Map.of("threshold", 100, "title", "Tout"))));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	String pupil(String firstName, String lastName, String birthDate, String division) {
		var added = this.teacher.api()
			.post("/api/organizations/" + this.school + "/learners",
					Map.of("firstName", firstName, "lastName", lastName, "birthDate", birthDate, "division", division));
		assertThat(added.status()).as(added.raw()).isEqualTo(201);
		return added.body().get("id").asString();
	}

	ApiClient.Response campaign(Map<String, Object> extra) {
		var body = new java.util.HashMap<String, Object>(Map.of("name", "Rentrée", "type", "ASSESSMENT",
				"targetProfileId", this.profile, "multipleSendings", true));
		body.putAll(extra);
		return this.teacher.api().post("/api/organizations/" + this.school + "/campaigns", body);
	}

	/**
	 * Answers every question of the assessment, right when {@code right}, until it is
	 * over.
	 */
	int answerAll(ApiClient api, String assessmentId, boolean right) {
		int answered = 0;
		while (true) {
			var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
			if (next.status() == 204) {
				return answered;
			}
			assertThat(next.status()).as(next.raw()).isEqualTo(200);
			if (next.body().path("awaitingStart").asBoolean()) {
				// a timed question's clock starts when the learner starts it
				api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
			}
			var challenge = this.bank.challenge(next.body().get("challengeId").asString()).orElseThrow();
			var body = right
					? Map.<String, Object>of("challengeId", challenge.id(), "value",
							json(this.bank.answerKey(challenge).rightAnswer()))
					: Map.<String, Object>of("challengeId", challenge.id(), "skipped", true);
			assertThat(api.post("/api/assessments/" + assessmentId + "/answers", body).status()).isEqualTo(201);
			answered++;
		}
	}

	static Object json(org.acquis.referential.validation.AnswerValue value) {
		return switch (value) {
			case org.acquis.referential.validation.AnswerValue.Text text -> text.value();
			case org.acquis.referential.validation.AnswerValue.Fields fields ->
				new java.util.HashMap<>(fields.values());
		};
	}

	static UUID id(ApiClient api) {
		return UUID.fromString(api.get("/api/me").body().get("id").asString());
	}

}

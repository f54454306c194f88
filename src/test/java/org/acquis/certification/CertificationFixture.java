package org.acquis.certification;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Skill;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and places of a certification test: accounts logged in through the API, a centre
 * with a member, a session, a candidate made eligible by answering right in five
 * competences.
 */
public final class CertificationFixture {

	public static final String PASSWORD = "Velo-Rouge-75";

	private final String base;

	private final RegisterUser registerUser;

	private final StartAssessment startAssessment;

	private final ContentBank bank;

	public CertificationFixture(String base, RegisterUser registerUser, StartAssessment startAssessment,
			ContentBank bank) {
		this.base = base;
		this.registerUser = registerUser;
		this.startAssessment = startAssessment;
		this.bank = bank;
	}

	public record Person(UUID id, ApiClient api, String firstName, String lastName, String email) {
	}

	public Person person(String firstName, String lastName, Role... roles) {
		var email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		var set = EnumSet.of(Role.LEARNER);
		set.addAll(List.of(roles));
		var id = this.registerUser
			.register(new RegisterUser.Registration(firstName, lastName, email, PASSWORD, "fr", true, set));
		var api = new ApiClient(this.base);
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
		return new Person(id, api, firstName, lastName, email);
	}

	/** A centre created by the back office, with this member as its ADMIN. */
	public String center(Person admin, Person member) {
		var created = admin.api()
			.post("/api/admin/certification-centers", Map.of("name", "Lycée Condorcet", "type", "SCO"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		var membership = admin.api()
			.post("/api/admin/certification-centers/" + id + "/memberships",
					Map.of("userId", member.id().toString(), "role", "ADMIN"));
		assertThat(membership.status()).as(membership.raw()).isEqualTo(201);
		return id;
	}

	public ApiClient.Response session(Person member, String centerId) {
		return member.api()
			.post("/api/certification-centers/" + centerId + "/sessions",
					Map.of("address", "1 rue de la Paix", "room", "B12", "date", "2026-12-10", "time", "09:00",
							"examiner", "M. Durand", "description", "Session du matin"));
	}

	/** Validates every skill of levels 1 and 2 of five competences: 16 pix in each. */
	public void makeEligible(Person learner) {
		for (var competence : List.of("1.1", "2.1", "3.1", "4.1", "5.1")) {
			var skills = this.bank.skills(ContentBank.CORE, competence)
				.stream()
				.filter(s -> s.level() <= 2 && s.active())
				.map(Skill::id)
				.toList();
			var assessment = this.startAssessment.start(AssessmentOptions.on(learner.id(), Purpose.CAMPAIGN, skills));
			answerAll(learner.api(), assessment.toString(), Integer.MAX_VALUE);
		}
		var profile = learner.api().get("/api/me/profile").body();
		assertThat(profile.get("certifiable").asBoolean()).as(profile.toString()).isTrue();
	}

	/**
	 * Answers right the first {@code right} questions, skips the others; the questions
	 * asked.
	 */
	public List<String> answerAll(ApiClient api, String assessmentId, int right) {
		var asked = new java.util.ArrayList<String>();
		while (true) {
			var next = api.get("/api/assessments/" + assessmentId + "/next-challenge");
			if (next.status() == 204) {
				return asked;
			}
			assertThat(next.status()).as(next.raw()).isEqualTo(200);
			if (next.body().path("awaitingStart").asBoolean()) {
				// a timed question's clock starts when the learner starts it
				api.post("/api/assessments/" + assessmentId + "/current-challenge/start", Map.of());
			}
			var challenge = next.body().get("challengeId").asString();
			asked.add(challenge);
			var answered = api.post("/api/assessments/" + assessmentId + "/answers",
					asked.size() <= right ? Map.of("challengeId", challenge, "value", rightAnswer(challenge))
							: Map.of("challengeId", challenge, "skipped", true));
			assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
		}
	}

	public Object rightAnswer(String challengeId) {
		var value = this.bank.answerKey(this.bank.challenge(challengeId).orElseThrow()).rightAnswer();
		return switch (value) {
			case AnswerValue.Text text -> text.value();
			case AnswerValue.Fields fields -> new HashMap<>(fields.values());
		};
	}

}

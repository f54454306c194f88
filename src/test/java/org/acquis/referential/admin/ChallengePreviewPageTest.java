package org.acquis.referential.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The author's preview page: the solution reads as lists of answers under each field's
 * label, and a trial gives each field's verdict beside its label.
 */
class ChallengePreviewPageTest extends IntegrationTest {

	private static final String PASSWORD = "Velo-Rouge-75";

	private static final Pattern SECTION = Pattern.compile("data-test=\"(solution|accepted|trial)\".*?</(ul|div)>",
			Pattern.DOTALL);

	@Autowired
	ContentBank bank;

	@Autowired
	RegisterUser registerUser;

	@Test
	void showsTheSolutionAsListsAndEachFieldsVerdictBesideItsLabel() {
		var challenge = this.bank.allChallenges()
			.stream()
			.filter(c -> c.type() == Challenge.Type.QROCM_IND)
			.findFirst()
			.orElseThrow();
		var right = (AnswerValue.Fields) this.bank.answerKey(challenge).rightAnswer();
		var first = challenge.fields().get(0);
		var page = author();

		var preview = page.get("/admin/epreuves/" + challenge.id());

		assertThat(preview.status()).isEqualTo(200);
		assertReadable(preview.body());
		assertThat(section(preview.body(), "accepted")).contains(html(first.label()))
			.contains("<code>" + right.values().get(first.key()) + "</code>");

		var form = new LinkedHashMap<String, String>();
		right.values().forEach((key, value) -> form.put("field." + key, value));
		form.put("field." + first.key(), "certainement pas ça");
		var trial = page.post("/admin/epreuves/" + challenge.id() + "/essai", form);

		assertThat(trial.status()).isEqualTo(200);
		assertReadable(trial.body());
		var verdicts = section(trial.body(), "trial");
		assertThat(verdicts).contains("Résultat : PARTIALLY (en partie correct)")
			.containsPattern(Pattern.quote(html(first.label())) + "</span> :\\s*<strong>incorrect</strong>")
			.containsPattern(
					Pattern.quote(html(challenge.fields().get(1).label())) + "</span> :\\s*<strong>correct</strong>");
	}

	/** No Java map or list {@code toString} in the solution nor in the verdicts. */
	private static void assertReadable(String body) {
		var matcher = SECTION.matcher(body);
		var found = 0;
		while (matcher.find()) {
			found++;
			assertThat(matcher.group()).doesNotContain("{").doesNotContain("=[").doesNotContain("[");
		}
		assertThat(found).isGreaterThanOrEqualTo(2);
	}

	private static String section(String body, String name) {
		var matcher = Pattern
			.compile("data-test=\"" + name + "\".*?</(ul|div)>\\s*(</li>\\s*)*</(ul|div)>", Pattern.DOTALL)
			.matcher(body);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group();
	}

	/** As Thymeleaf escapes a text. */
	private static String html(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;");
	}

	private PageClient author() {
		var email = "content-" + UUID.randomUUID() + "@example.org";
		this.registerUser.register(new RegisterUser.Registration("Auteur", "Contenu", email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, Role.CONTENT)));
		var page = new PageClient(baseUrl());
		page.login(email, PASSWORD);
		return page;
	}

}

package org.acquis.evaluation.tutorial;

import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Tutorial;
import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving a tutorial or marking it useful toggles both ways and keeps the learner on the
 * page: in place with htmx, back to the same page (at the card) without script; "Mes
 * tutoriels" groups by competence and filters.
 */
class TutorialPagesTest extends IntegrationTest {

	private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

	@Autowired
	ContentBank bank;

	@Test
	void withHtmxTheTogglesAnswerInPlaceBothWays() {
		var page = learner("Htmx");
		var id = tutorialOf("1.1").id();
		page.get("/tutoriels");

		var saved = page.post("/tutoriels/" + id + "/enregistrer",
				Map.of("saved", "true", "back", "/evaluations/x/resultat"), HTMX);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).doesNotContain("<html", "<main")
			.contains("aria-pressed=\"true\"", "Enregistré", "✓", "name=\"saved\" value=\"false\"",
					"value=\"/evaluations/x/resultat\"", "id=\"save-" + id + "\"", "hx-post=");
		assertThat(savedIds(page)).contains(id);

		var unsaved = page.post("/tutoriels/" + id + "/enregistrer", Map.of("saved", "false", "back", "/profil"), HTMX);
		assertThat(unsaved.body()).contains("aria-pressed=\"false\"", ">Enregistrer<", "name=\"saved\" value=\"true\"")
			.doesNotContain("✓");
		assertThat(savedIds(page)).doesNotContain(id);

		var useful = page.post("/tutoriels/" + id + "/utile", Map.of("useful", "true", "back", "/profil"), HTMX);
		assertThat(useful.body()).contains("aria-pressed=\"true\"", "Utile", "✓", "name=\"useful\" value=\"false\"");
		var notUseful = page.post("/tutoriels/" + id + "/utile", Map.of("useful", "false", "back", "/profil"), HTMX);
		assertThat(notUseful.body()).as("useful is a toggle too")
			.contains("aria-pressed=\"false\"", "name=\"useful\" value=\"true\"")
			.doesNotContain("✓");
	}

	@Test
	void withoutScriptAToggleComesBackToTheSamePageAtTheCardAndNeverElsewhere() {
		var page = learner("SansJs");
		var id = tutorialOf("1.1").id();
		page.get("/tutoriels");

		var saved = page.post("/tutoriels/" + id + "/enregistrer",
				Map.of("saved", "true", "back", "/evaluations/0b7c/resultat"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/evaluations/0b7c/resultat#tutoriel-" + id);

		var useful = page.post("/tutoriels/" + id + "/utile", Map.of("back", "/tutoriels?competence=1.1"));
		assertThat(useful.location()).endsWith("/tutoriels?competence=1.1#tutoriel-" + id);
		assertThat(page.get("/tutoriels").body()).containsPattern("id=\"useful-" + id + "\"[^>]*aria-pressed=\"true\"");

		for (var hostile : new String[] { "//evil.example/x", "https://evil.example", "/\\evil.example",
				"/profil?x=<script>" }) {
			assertThat(page.post("/tutoriels/" + id + "/utile", Map.of("back", hostile)).location()).as(hostile)
				.endsWith("/tutoriels#tutoriel-" + id)
				.doesNotContain("evil");
		}
	}

	@Test
	void myTutorialsAreGroupedByCompetenceAndFilteredWithAnEmptyStateThatSaysWhatToDo() {
		var page = learner("Filtre");
		assertThat(page.get("/tutoriels").body()).contains("data-test=\"empty\"",
				"Après une évaluation, la page de résultat vous en propose", "href=\"/profil\"");

		var first = tutorialOf("4.1");
		var second = tutorialOf("1.1");
		page.post("/tutoriels/" + first.id() + "/enregistrer", Map.of("saved", "true"));
		page.post("/tutoriels/" + second.id() + "/enregistrer", Map.of("saved", "true"));

		var all = page.get("/tutoriels").body();
		assertThat(attributes(all, "data-competence")).as("in the framework's order").containsExactly("1.1", "4.1");
		assertThat(all).contains(html(first.title()), html(second.title()), "href=\"/tutoriels?competence=4.1\"");

		var filtered = page.get("/tutoriels?competence=4.1").body();
		assertThat(attributes(filtered, "data-competence")).containsExactly("4.1");
		assertThat(filtered).contains(html(first.title()))
			.doesNotContain(html(second.title()))
			.contains("name=\"back\" value=\"/tutoriels?competence=4.1\"");

		assertThat(page.get("/tutoriels?competence=2.2").body()).contains("data-test=\"empty-filter\"",
				"Aucun tutoriel enregistré pour la compétence 2.2.", "Voir tous mes tutoriels");
	}

	@Test
	void theHtmxScriptTheLayoutNamesIsServed() {
		var page = learner("Script");
		var html = page.get("/tutoriels").body();
		var script = Pattern.compile("src=\"(/webjars/htmx[^\"]+)\"").matcher(html);
		assertThat(script.find()).isTrue();
		assertThat(page.get(script.group(1)).status()).isEqualTo(200);
	}

	private static String html(String text) {
		return text.replace("'", "&#39;");
	}

	private Tutorial tutorialOf(String competence) {
		return this.bank.tubes(ContentBank.CORE, competence)
			.stream()
			.flatMap(tube -> this.bank.allTutorials().stream().filter(t -> t.tube().equals(tube.name())))
			.findFirst()
			.orElseThrow();
	}

	private static java.util.List<String> savedIds(PageClient page) {
		return Pattern.compile("id=\"tutoriel-([^\"]+)\"")
			.matcher(page.get("/tutoriels").body())
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	private PageClient learner(String name) {
		var email = new ApiClient(baseUrl()).signUpAndLogin(name);
		var page = new PageClient(baseUrl());
		page.login(email, "Secret123");
		return page;
	}

	private static java.util.List<String> attributes(String html, String name) {
		return Pattern.compile(name + "=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
	}

}

package org.acquis.evaluation.profile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.acquis.support.ApiClient;
import org.acquis.support.IntegrationTest;
import org.acquis.support.PageClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile page: the competences grouped by the five areas of the framework, a card
 * each with its next action, certifiability explained, and a welcome until the learner
 * starts or closes it.
 */
class ProfilePagesTest extends IntegrationTest {

	@Test
	void competencesAreGroupedByAreaInTheFrameworksOrderWithTheAreasNames() {
		var page = learner("Domaines");
		var html = page.get("/profil").body();

		assertThat(attributes(html, "data-area")).containsExactly("1", "2", "3", "4", "5");
		assertThat(html).contains("Information et données", "Communication et collaboration", "Création de contenus",
				"Protection et sécurité", "Environnement numérique");
		var area4 = html.substring(html.indexOf("data-area=\"4\""), html.indexOf("data-area=\"5\""));
		assertThat(attributes(area4, "data-competence")).containsExactly("4.1", "4.2", "4.3");
		assertThat(attributes(html, "data-competence")).hasSize(16);
		assertThat(html).as("one coloured sector per competence in the rosette").contains("class=\"area-5\"");
		assertThat(html).contains("À commencer", "environ 10 minutes")
			.contains("il faut 5 compétences au niveau 1 au moins : vous en avez 0, encore 5 à amener au niveau 1.")
			.doesNotContain("<table");
	}

	/**
	 * English mode (issue 16): the areas and competences are named in English, from the
	 * referential's overlay, and no longer marked French; the competence's description
	 * and milestones stay French, marked so.
	 */
	@Test
	void inEnglishTheAreasAndCompetencesAreNamedInEnglish() {
		var page = learner("English");
		var html = page.get("/profil?lang=en").body();

		assertThat(html)
			.contains("Information and data literacy", "Communication and collaboration", "Digital content creation",
					"Protection and safety", "Digital environment", "Searching for and monitoring information",
					"Protecting personal data and privacy")
			.doesNotContain("Information et données", "Mener une recherche");
		assertThat(html.substring(html.indexOf("id=\"contenu\""))).as("nothing French left in the page's content")
			.doesNotContain("lang=\"fr\"");
		var competence = page.get("/competences/4.2?lang=en").body();
		assertThat(competence).contains("Protecting personal data and privacy", "Protection and safety")
			.doesNotContain("<span lang=\"fr\">Protéger les données personnelles");
		assertThat(competence).as("the description, as written, stays French").contains("<p lang=\"fr\">");
		assertThat(page.get("/profil?lang=fr").body()).contains("Information et données")
			.doesNotContain("Information and data literacy");
	}

	/** The accommodations' page is one click from the profile; the choice is kept. */
	@Test
	void theLearnerChoosesAnAccommodationFromTheProfile() {
		var page = learner("Tierstemps");
		assertThat(page.get("/profil").body()).contains("href=\"/profil/amenagements\"",
				"Aménagements : temps supplémentaire ou sans minuteur");
		assertThat(page.get("/profil/amenagements").body()).contains("value=\"NONE\" checked");

		var saved = page.post("/profil/amenagements", Map.of("choice", "EXTRA_TIME_33"));
		assertThat(saved.status()).isEqualTo(302);
		var html = page.get("/profil/amenagements").body();
		assertThat(html).contains("value=\"EXTRA_TIME_33\" checked", "Votre aménagement est enregistré.");
		assertThat(page.post("/profil/amenagements", Map.of("choice", "EXTRA_TIME_40")).status()).isEqualTo(400);
		assertThat(page.get("/profil/amenagements?lang=en").body()).contains("Extra time: a third more time (+33 %)");
	}

	@Test
	void theWelcomeShowsOnAFirstVisitAndNoLongerOnceAnEvaluationStarted() {
		var page = learner("Bienvenue");
		var first = page.get("/profil").body();
		assertThat(first).contains("data-test=\"welcome\"", "Commencez par une compétence : une dizaine de minutes");
		assertThat(first.substring(first.indexOf("data-test=\"welcome\""), first.indexOf("class=\"summary\"")))
			.as("2-3 competences suggested")
			.contains("/competences/1.1/evaluation", "/competences/2.1/evaluation", "/competences/4.1/evaluation");
		assertThat(page.get("/profil").body()).as("still there on a second visit").contains("data-test=\"welcome\"");

		assertThat(page.post("/competences/1.1/evaluation", Map.of()).status()).isEqualTo(302);

		assertThat(page.get("/profil").body()).doesNotContain("data-test=\"welcome\"");
	}

	@Test
	void theWelcomeClosedStaysClosedWithOrWithoutScript() {
		var page = learner("Fermer");
		page.get("/profil");
		var closed = page.post("/profil/bienvenue", Map.of());
		assertThat(closed.status()).isEqualTo(302);
		assertThat(closed.location()).endsWith("/profil");
		assertThat(page.get("/profil").body()).doesNotContain("data-test=\"welcome\"");

		var other = learner("FermerHtmx");
		other.get("/profil");
		var inPlace = other.post("/profil/bienvenue", Map.of(), Map.of("HX-Request", "true"));
		assertThat(inPlace.status()).as("htmx: removed in place").isEqualTo(200);
		assertThat(inPlace.body()).isEmpty();
		assertThat(other.get("/profil").body()).doesNotContain("data-test=\"welcome\"");
	}

	@Test
	void aCompletedCompetenceSaysWhenItMayBeRetriedAndReset() {
		var page = learner("Retenter");
		page.get("/profil");
		var path = page.post("/competences/3.2/evaluation", Map.of()).location();
		path = path.substring(path.indexOf("/evaluations/"));
		skipToTheEnd(page, path);

		var day = new LearnerDates().day(this.clock.instant().plus(Duration.ofDays(4)), java.util.Locale.FRENCH);
		var reset = new LearnerDates().day(this.clock.instant().plus(Duration.ofDays(7)), java.util.Locale.FRENCH);
		var html = page.get("/profil").body();
		var card = html.substring(html.indexOf("data-competence=\"3.2\""), html.indexOf("data-competence=\"3.3\""));
		assertThat(card).contains("Terminée", "Retenter le " + day, "Remettre à zéro le " + reset);
		assertThat(page.get("/competences/3.2").body()).contains("Retenter le " + day, "Remettre à zéro le " + reset,
				"competence-header area-3");
	}

	private PageClient learner(String name) {
		var email = new ApiClient(baseUrl()).signUpAndLogin(name);
		var page = new PageClient(baseUrl());
		page.login(email, "Secret123");
		return page;
	}

	private static void skipToTheEnd(PageClient page, String path) {
		var html = page.get(path).body();
		for (int question = 0; question < 60; question++) {
			var form = new LinkedHashMap<String, String>();
			form.put("challengeId", hidden(html, "challengeId"));
			form.put("answerKey", hidden(html, "answerKey"));
			form.put("skip", "1");
			Pattern.compile("name=\"(field\\.[^\"]+)\"").matcher(html).results().forEach(f -> form.put(f.group(1), ""));
			if (page.post(path, form).location().endsWith("/resultat")) {
				return;
			}
			html = page.get(path).body();
		}
		throw new AssertionError("the assessment never ended");
	}

	private static String hidden(String html, String name) {
		var matcher = Pattern.compile("name=\"" + name + "\"\\s+value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

	private static java.util.List<String> attributes(String html, String name) {
		return Pattern.compile(name + "=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
	}

}

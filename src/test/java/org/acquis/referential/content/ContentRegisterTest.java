package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.acquis.referential.Challenge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages say "vous" to the learner; so does every text of the bank a learner reads
 * (issue 16). A character's own words, quoted « like this », may keep their "tu".
 */
class ContentRegisterTest {

	private static final Pattern SECOND_PERSON_SINGULAR = Pattern.compile(
			"(?iu)(?<![\\p{L}'’])(?:(?:tu|toi|te|ton|ta|tes|(?:le|la|les|des|du) tien(?:ne)?s?)(?![\\p{L}])|t['’](?=\\p{L}))");

	/** "le ton", "du ton", "votre ton"...: the tone of a message, not "your". */
	private static final Pattern TONE = Pattern.compile("(?iu)\\b(le|du|un|même|votre) ton\\b");

	private static final Pattern QUOTED = Pattern.compile("«[^»]*»");

	@Test
	void everyTextALearnerReadsSaysVous() {
		var bank = new ContentPackLoader().load().bank();
		assertThat(bank).isNotNull();
		var found = new ArrayList<String>();
		for (var challenge : bank.allChallenges()) {
			if ("fr".equals(challenge.locale())) {
				texts(challenge).forEach(text -> check(challenge.id(), text, found));
			}
		}
		for (var skill : bank.allSkills()) {
			if (skill.hint() != null) {
				check(skill.id(), skill.hint(), found);
			}
		}
		for (var tutorial : bank.allTutorials()) {
			List.of(tutorial.title(), tutorial.body(), tutorial.example())
				.forEach(text -> check(tutorial.id(), text, found));
		}
		assertThat(found).as("texts that say « tu » to the learner").isEmpty();
	}

	@Test
	void theCheckFindsTuAndLeavesTheToneAndQuotedWordsAlone() {
		var found = new ArrayList<String>();
		check("a", "Que fais-tu avec ton fichier ?", found);
		check("b", "Pour t'aider, ouvre-le.", found);
		check("c", "Répondre sur le même ton ; le message dit « Clique vite, tu as gagné ».", found);
		check("d", "Vous ouvrez votre fichier, puis le tableau ; je n'en tiens pas compte.", found);
		check("e", "Leurs versions restent réutilisables, comme le tien.", found);

		assertThat(found).hasSize(3).allSatisfy(f -> assertThat(f).matches("[abe]: .*"));
	}

	private static List<String> texts(Challenge challenge) {
		var texts = new ArrayList<String>();
		texts.add(challenge.instruction());
		challenge.proposals().forEach(p -> texts.add(p.text()));
		for (var field : challenge.fields()) {
			texts.add(field.label());
			texts.addAll(field.options());
		}
		if (challenge.illustration() != null) {
			texts.add(challenge.illustration().alt());
		}
		return texts;
	}

	private static void check(String where, String text, List<String> found) {
		var spoken = TONE.matcher(QUOTED.matcher(text).replaceAll("")).replaceAll("");
		if (SECOND_PERSON_SINGULAR.matcher(spoken).find()) {
			found.add(where + ": " + text.strip());
		}
	}

}

package org.acquis.referential.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.referential.Skill;
import org.acquis.referential.Tube;
import org.acquis.referential.admin.ContentStats.CompetenceStats;
import org.acquis.referential.admin.ContentStats.Totals;

/**
 * Counts what a framework's bank puts in play: active skills and the challenges a learner
 * may be asked (validated ones). Drafts and archives are left out because authors read
 * these figures to find the competences where learners lack questions.
 */
final class ContentStatistics {

	private static final int MAX_LEVEL = 8;

	private final ContentBank bank;

	ContentStatistics(ContentBank bank) {
		this.bank = bank;
	}

	ContentStats of(Framework framework) {
		var competences = framework.competences().stream().map(c -> competence(framework, c)).toList();
		return new ContentStats(totals(framework, competences), competences);
	}

	private CompetenceStats competence(Framework framework, Framework.Competence competence) {
		var tubes = this.bank.tubes(framework.code(), competence.code());
		var skills = this.bank.skills(framework.code(), competence.code());
		var challenges = skills.stream().flatMap(s -> this.bank.playableChallenges(s.id()).stream()).toList();
		return new CompetenceStats(competence.code(), competence.name(), tubes.size(), skills.size(), challenges.size(),
				skillsByLevel(skills), challengesByType(challenges), timed(challenges), withAttachments(challenges));
	}

	/**
	 * Every level and every type is listed, zeros included, so that a table has no hole.
	 */
	private static Map<String, Integer> skillsByLevel(List<Skill> skills) {
		var byLevel = new LinkedHashMap<String, Integer>();
		for (int level = 1; level <= MAX_LEVEL; level++) {
			byLevel.put(String.valueOf(level), 0);
		}
		skills.forEach(s -> byLevel.merge(String.valueOf(s.level()), 1, Integer::sum));
		return byLevel;
	}

	private static Map<String, Integer> challengesByType(List<Challenge> challenges) {
		var byType = new LinkedHashMap<String, Integer>();
		for (var type : Challenge.Type.values()) {
			byType.put(type.name(), 0);
		}
		challenges.forEach(c -> byType.merge(c.type().name(), 1, Integer::sum));
		return byType;
	}

	private static int timed(List<Challenge> challenges) {
		return (int) challenges.stream().filter(Challenge::timed).count();
	}

	private static int withAttachments(List<Challenge> challenges) {
		return (int) challenges.stream().filter(c -> !c.attachments().isEmpty()).count();
	}

	private Totals totals(Framework framework, List<CompetenceStats> competences) {
		return new Totals(sum(competences, CompetenceStats::tubes), sum(competences, CompetenceStats::skills),
				sum(competences, CompetenceStats::challenges), tutorials(framework),
				sum(competences, CompetenceStats::timed), sum(competences, CompetenceStats::withAttachments));
	}

	/**
	 * Tutorials belong to a tube; a tutorial counts once even when several skills link to
	 * it.
	 */
	private int tutorials(Framework framework) {
		var tubeNames = framework.competences()
			.stream()
			.flatMap(c -> this.bank.tubes(framework.code(), c.code()).stream())
			.map(Tube::name)
			.toList();
		return (int) this.bank.allTutorials().stream().filter(t -> tubeNames.contains(t.tube())).count();
	}

	private static int sum(List<CompetenceStats> competences, java.util.function.ToIntFunction<CompetenceStats> count) {
		return competences.stream().mapToInt(count).sum();
	}

}

package org.acquis.referential.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.Framework;
import org.acquis.referential.validation.AnswerValidator;

/**
 * The checks that span files: references, uniqueness, level gaps, solutions against the
 * validation.
 */
final class PackChecks {

	private final List<Framework> frameworks;

	private final List<TubeFile> files;

	private final Map<String, String> attachments;

	private final PackProblems problems;

	private final AnswerValidator validator = new AnswerValidator();

	PackChecks(List<Framework> frameworks, List<TubeFile> files, Map<String, String> attachments,
			PackProblems problems) {
		this.frameworks = frameworks;
		this.files = files;
		this.attachments = attachments;
		this.problems = problems;
	}

	void run() {
		var tubeNames = new HashMap<String, String>();
		var tutorialIds = new HashSet<String>();
		var challengeIds = new HashMap<String, String>();
		for (var file : this.files) {
			var previous = tubeNames.putIfAbsent(file.tube().name(), file.file());
			if (previous != null) {
				this.problems.add(file.file(), 1,
						"tube '" + file.tube().name() + "' is already defined in " + previous);
			}
			for (var tutorial : file.tutorials()) {
				if (!tutorialIds.add(tutorial.id())) {
					this.problems.add(file.file(), 1, "tutorial id '" + tutorial.id() + "' is used twice");
				}
			}
			for (var skill : file.skills()) {
				for (var entry : skill.challenges()) {
					var other = challengeIds.putIfAbsent(entry.challenge().id(), file.file());
					if (other != null) {
						this.problems.add(file.file(), entry.line(),
								"challenge id '" + entry.challenge().id() + "' is already used in " + other);
					}
				}
			}
		}
		this.files.forEach(file -> checkFile(file, tutorialIds));
		checkAnswerPositions();
	}

	private void checkAnswerPositions() {
		var challenges = this.files.stream()
			.flatMap(file -> file.skills().stream())
			.flatMap(skill -> skill.challenges().stream())
			.toList();
		for (var framework : this.frameworks) {
			AnswerPositions.check(framework.code(), challenges)
				.forEach(problem -> this.problems.add("content/" + framework.code(), 0, problem));
		}
	}

	private void checkFile(TubeFile file, Set<String> tutorialIds) {
		var tube = file.tube();
		this.frameworks.stream()
			.filter(f -> f.code().equals(tube.framework()))
			.findFirst()
			.flatMap(f -> f.competence(tube.competence()))
			.filter(c -> !c.themes().isEmpty() && !c.themes().contains(tube.thematic()))
			.ifPresent(c -> this.problems.add(file.file(), 1,
					"thematic '" + tube.thematic() + "' is not a theme of competence " + c.code() + ": " + c.themes()));
		if (file.tutorials().isEmpty()) {
			this.problems.add(file.file(), 1, "a tube needs at least one tutorial");
		}
		checkLevels(file);
		for (var skill : file.skills()) {
			skill.tutorialIds()
				.stream()
				.filter(id -> !tutorialIds.contains(id))
				.forEach(id -> this.problems.add(file.file(), skill.line(), "unknown tutorial '" + id + "'"));
			if (skill.active() && skill.challenges().stream().noneMatch(c -> c.challenge().playable())) {
				this.problems.add(file.file(), skill.line(),
						"skill level " + skill.level() + " has no validated challenge");
			}
			skill.challenges().forEach(entry -> checkChallenge(file, entry));
		}
	}

	private void checkLevels(TubeFile file) {
		var levels = file.skills().stream().map(TubeFile.SkillEntry::level).sorted().toList();
		if (levels.isEmpty()) {
			this.problems.add(file.file(), 1, "a tube needs at least one skill");
			return;
		}
		if (new HashSet<>(levels).size() != levels.size()) {
			this.problems.add(file.file(), 1, "two skills have the same level: " + levels);
		}
		if (levels.get(levels.size() - 1) - levels.get(0) + 1 != new HashSet<>(levels).size()) {
			this.problems.add(file.file(), 1, "a level is missing between " + levels.get(0) + " and "
					+ levels.get(levels.size() - 1) + ": " + levels);
		}
	}

	private void checkChallenge(TubeFile file, TubeFile.ChallengeEntry entry) {
		var challenge = entry.challenge();
		var key = entry.key();
		if (!this.validator.validate(key.solution(), key.rightAnswer()).ok()) {
			this.problems.add(file.file(), entry.line(),
					challenge.id() + ": its own solution is refused by the answer validation");
		}
		if (key.wrongAnswers().isEmpty()) {
			this.problems.add(file.file(), entry.line(),
					challenge.id() + ": no wrong answer to check the validation with");
		}
		for (var wrong : key.wrongAnswers()) {
			if (this.validator.validate(key.solution(), wrong).ok()) {
				this.problems.add(file.file(), entry.line(),
						challenge.id() + ": the wrong answer " + wrong + " is accepted by the validation");
			}
		}
		var prefix = challenge.framework() + "/" + challenge.competence() + "/";
		for (var attachment : challenge.attachments()) {
			if (!this.attachments.containsKey(prefix + attachment)) {
				this.problems.add(file.file(), entry.line(),
						challenge.id() + ": attachment files/" + attachment + " is missing");
			}
		}
		var illustration = challenge.illustration();
		if (illustration != null) {
			if (!this.attachments.containsKey(prefix + illustration.file())) {
				this.problems.add(file.file(), entry.line(),
						challenge.id() + ": illustration files/" + illustration.file() + " is missing");
			}
			if (illustration.alt().isBlank()) {
				this.problems.add(file.file(), entry.line(), challenge.id() + ": the illustration has no alt text");
			}
		}
		if (challenge.instruction().isBlank()) {
			this.problems.add(file.file(), entry.line(), challenge.id() + ": no instruction");
		}
		if (!Set.of("fr", "en").contains(challenge.locale())) {
			this.problems.add(file.file(), entry.line(), challenge.id() + ": locale must be fr or en");
		}
	}

}

package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.acquis.referential.Tube;
import org.acquis.referential.Tutorial;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/** Reads one tube file of a content pack (format: docs/content.md). */
final class TubeFileReader {

	private static final Set<String> TUBE_KEYS = Set.of("tube", "competence", "thematic", "title", "tutorials",
			"skills");

	private static final Set<String> SKILL_KEYS = Set.of("level", "hint", "tutorials", "status", "challenges");

	private static final Set<String> TUTORIAL_KEYS = Set.of("id", "title", "duration", "body", "example");

	private final PackProblems problems;

	private final ChallengeReader challenges;

	TubeFileReader(PackProblems problems) {
		this.problems = problems;
		this.challenges = new ChallengeReader();
	}

	@Nullable TubeFile read(String framework, String competenceFolder, String file, String yaml) {
		YamlNode root;
		try {
			var node = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml);
			if (node.isEmpty()) {
				this.problems.add(file, 1, "the file is empty");
				return null;
			}
			root = new YamlNode(node.get(), file, this.problems);
		}
		catch (MarkedYamlEngineException ex) {
			int line = ex.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
			this.problems.add(file, line, "not valid YAML: " + ex.getProblem());
			return null;
		}
		var entries = root.entries(TUBE_KEYS);
		var name = YamlNode.text(entries, "tube", root, true);
		var competence = YamlNode.text(entries, "competence", root, true);
		var thematic = YamlNode.text(entries, "thematic", root, true);
		if (name != null && !name.matches("[a-z][A-Za-z0-9]*")) {
			YamlNode.at(entries, "tube").problem("a tube name is camelCase letters and digits, not '" + name + "'");
		}
		if (competence != null && !competence.equals(competenceFolder)) {
			YamlNode.at(entries, "competence")
				.problem("competence '" + competence + "' is not the folder's ('" + competenceFolder + "')");
		}
		String titleFr = null;
		String titleEn = null;
		if (entries.containsKey("title")) {
			var title = entries.get("title").entries(Set.of("fr", "en"));
			titleFr = YamlNode.text(title, "fr", entries.get("title"), true);
			titleEn = YamlNode.text(title, "en", entries.get("title"), true);
		}
		else {
			root.problem("'title' (fr and en) is missing");
		}
		if (name == null) {
			return null;
		}
		var tube = new Tube(name, framework, competenceFolder, thematic == null ? "" : thematic,
				titleFr == null ? name : titleFr, titleEn == null ? name : titleEn);
		var tutorials = readTutorials(name, entries.get("tutorials"), root);
		var skills = readSkills(tube, entries.get("skills"), root);
		return new TubeFile(file, tube, skills, tutorials);
	}

	private List<Tutorial> readTutorials(String tube, @Nullable YamlNode node, YamlNode root) {
		var tutorials = new ArrayList<Tutorial>();
		if (node == null) {
			root.problem("a tube needs at least one tutorial ('tutorials' is missing)");
			return tutorials;
		}
		for (var item : node.list()) {
			var entries = item.entries(TUTORIAL_KEYS);
			var id = YamlNode.text(entries, "id", item, true);
			var title = YamlNode.text(entries, "title", item, true);
			var body = YamlNode.text(entries, "body", item, true);
			var example = YamlNode.text(entries, "example", item, true);
			var duration = entries.containsKey("duration") ? entries.get("duration").integer().orElse(0) : 0;
			if (duration <= 0) {
				item.problem("a tutorial needs a 'duration' in minutes");
			}
			if (id != null) {
				tutorials.add(new Tutorial(id, tube, orEmpty(title), duration, orEmpty(body), orEmpty(example)));
			}
		}
		return tutorials;
	}

	private List<TubeFile.SkillEntry> readSkills(Tube tube, @Nullable YamlNode node, YamlNode root) {
		var skills = new ArrayList<TubeFile.SkillEntry>();
		if (node == null) {
			root.problem("'skills' is missing");
			return skills;
		}
		for (var item : node.list()) {
			var entries = item.entries(SKILL_KEYS);
			var level = entries.containsKey("level") ? entries.get("level").integer().orElse(0) : 0;
			if (level < 1 || level > 8) {
				item.problem("a skill needs a 'level' from 1 to 8");
				continue;
			}
			var status = YamlNode.text(entries, "status", item, false);
			if (status != null && !Set.of("active", "archived").contains(status)) {
				YamlNode.at(entries, "status").problem("a skill's status is 'active' or 'archived'");
			}
			var tutorials = entries.containsKey("tutorials") ? entries.get("tutorials").texts() : List.<String>of();
			if (tutorials.isEmpty()) {
				item.problem("skill level " + level + " links no tutorial");
			}
			var skillId = "@" + tube.name() + level;
			var challenges = new ArrayList<TubeFile.ChallengeEntry>();
			if (entries.containsKey("challenges")) {
				for (var challenge : entries.get("challenges").list()) {
					var read = this.challenges.read(tube, skillId, level, challenge);
					if (read != null) {
						challenges.add(read);
					}
				}
			}
			skills.add(new TubeFile.SkillEntry(level, YamlNode.text(entries, "hint", item, false), tutorials,
					!"archived".equals(status), item.line(), challenges));
		}
		return skills;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}

package org.acquis.evaluation.tutorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Tutorial;
import org.springframework.stereotype.Component;

/**
 * A learner's saved tutorials grouped by the competence of their tube, in the framework's
 * order (the core framework first, then the extensions).
 */
@Component
class TutorialGroups {

	private final ContentBank bank;

	TutorialGroups(ContentBank bank) {
		this.bank = bank;
	}

	/** One competence and its tutorials; {@code key} is what the filter names it by. */
	record Group(String key, String code, String name, String area, List<Tutorial> tutorials) {
	}

	List<Group> of(List<Tutorial> tutorials) {
		var byKey = new LinkedHashMap<String, List<Tutorial>>();
		tutorials.forEach(t -> byKey.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t));
		var groups = new ArrayList<Group>();
		for (var framework : this.bank.frameworks()) {
			for (var competence : framework.competences()) {
				var key = key(framework.code(), competence.code());
				var found = byKey.get(key);
				if (found != null) {
					groups.add(new Group(key, competence.code(), competence.name(), competence.areaCode(), found));
				}
			}
		}
		return groups;
	}

	/** The groups the filter keeps: all of them, or the one asked for. */
	static List<Group> filtered(List<Group> groups, Optional<String> competence) {
		return competence.map(key -> groups.stream().filter(g -> g.key().equals(key)).toList()).orElse(groups);
	}

	private String key(Tutorial tutorial) {
		return this.bank.tube(tutorial.tube()).map(tube -> key(tube.framework(), tube.competence())).orElse("");
	}

	/** A core competence is named by its code ("1.1"), another by framework and code. */
	private static String key(String framework, String competence) {
		return ContentBank.CORE.equals(framework) ? competence : framework + ":" + competence;
	}

}

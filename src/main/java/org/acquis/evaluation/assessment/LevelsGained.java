package org.acquis.evaluation.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.acquis.evaluation.domain.CompetenceScoring;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * Whether an answer raised the learner's level in the competence of the core framework
 * its skill belongs to (domain.md §4: "a level gained is announced at once"): the level
 * before and after the knowledge elements it creates, from the elements the answer's lock
 * already read ({@link LockWithHistory}: no extra query, unless the lock found the
 * assessment changed meanwhile). Only for an assessment that counts in the profile: a
 * certification's answers change no level.
 */
@Component
class LevelsGained {

	private final AssessedSkills skills;

	private final KnowledgeElements knowledgeElements;

	private final EvaluationSettings settings;

	private final CompetenceScoring scoring = new CompetenceScoring();

	LevelsGained(AssessedSkills skills, KnowledgeElements knowledgeElements, EvaluationSettings settings) {
		this.skills = skills;
		this.knowledgeElements = knowledgeElements;
		this.settings = settings;
	}

	Optional<LevelUp> of(LockWithHistory.Locked locked, String skillId, List<KnowledgeElement> created) {
		var assessment = locked.assessment();
		var place = this.skills.placeOf(skillId).filter(p -> ContentBank.CORE.equals(p.framework()));
		if (!assessment.rules().countsInProfile() || created.isEmpty() || place.isEmpty()) {
			return Optional.empty();
		}
		var competence = place.get().competence();
		var competenceSkills = this.skills.ofCompetence(ContentBank.CORE, competence);
		var places = this.skills.places(competenceSkills);
		var before = locked.historyOf(places)
			.orElseGet(() -> this.knowledgeElements.ofSkills(assessment.userId(), places, assessment.id()));
		var after = new ArrayList<>(before);
		created.stream().filter(e -> places.containsKey(e.skillId())).forEach(after::add);
		int from = this.scoring.score(competenceSkills, before, this.settings.maxLevel()).level();
		int to = this.scoring.score(competenceSkills, after, this.settings.maxLevel()).level();
		return to > from ? Optional.of(new LevelUp(competence, to)) : Optional.empty();
	}

	/** The level an answer reached in a competence of the core framework. */
	public record LevelUp(String competence, int level) {
	}

}

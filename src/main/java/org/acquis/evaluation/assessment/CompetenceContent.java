package org.acquis.evaluation.assessment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.acquis.evaluation.domain.Challenge;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.Skill;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/** The bank's skills and challenges of a competence, as the pure adaptive algorithm sees them. */
@Component
public class CompetenceContent {

	private final ContentBank bank;

	/** The bank is immutable: each competence's view is built once, on first use. */
	private final Map<String, Competence> competences = new ConcurrentHashMap<>();

	CompetenceContent(ContentBank bank) {
		this.bank = bank;
	}

	public List<Skill> skills(String framework, String competence) {
		return competence(framework, competence).skills();
	}

	public List<Challenge> playableChallenges(String framework, String competence) {
		return competence(framework, competence).playable();
	}

	public Map<String, String> tubeBySkill(String framework, String competence) {
		return competence(framework, competence).tubeBySkill();
	}

	private Competence competence(String framework, String competence) {
		return this.competences.computeIfAbsent(framework + "/" + competence, key -> {
			var skills = this.bank.skills(framework, competence)
				.stream()
				.map(s -> new Skill(s.id(), s.tube(), s.level(), s.pixValue()))
				.toList();
			var playable = skills.stream()
				.flatMap(s -> this.bank.playableChallenges(s.id()).stream())
				.map(c -> new Challenge(c.id(), c.skillId(), c.timed()))
				.toList();
			return new Competence(skills, playable, skills.stream().collect(Collectors.toUnmodifiableMap(Skill::id, Skill::tube)));
		});
	}

	private record Competence(List<Skill> skills, List<Challenge> playable, Map<String, String> tubeBySkill) {
	}

	/** Knowledge elements that count in an assessment: an improvement forgets old failures. */
	static List<KnowledgeElement> effective(Assessment assessment, List<KnowledgeElement> history,
			org.acquis.evaluation.domain.EvaluationPolicy policy) {
		return assessment.improving() ? policy.stateForImprovement(history, assessment.createdAt()) : history;
	}

}

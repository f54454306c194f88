package org.acquis.evaluation.assessment;

import java.util.List;
import java.util.Map;
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

	CompetenceContent(ContentBank bank) {
		this.bank = bank;
	}

	public List<Skill> skills(String framework, String competence) {
		return this.bank.skills(framework, competence)
			.stream()
			.map(s -> new Skill(s.id(), s.tube(), s.level(), s.pixValue()))
			.toList();
	}

	public List<Challenge> playableChallenges(List<Skill> skills) {
		return skills.stream()
			.flatMap(s -> this.bank.playableChallenges(s.id()).stream())
			.map(c -> new Challenge(c.id(), c.skillId(), c.timed()))
			.toList();
	}

	public Map<String, String> tubeBySkill(List<Skill> skills) {
		return skills.stream().collect(Collectors.toMap(Skill::id, Skill::tube));
	}

	/** Knowledge elements that count in an assessment: an improvement forgets old failures. */
	static List<KnowledgeElement> effective(Assessment assessment, List<KnowledgeElement> history,
			org.acquis.evaluation.domain.EvaluationPolicy policy) {
		return assessment.improving() ? policy.stateForImprovement(history, assessment.createdAt()) : history;
	}

}

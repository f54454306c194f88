package org.acquis.evaluation.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.acquis.evaluation.domain.Challenge;
import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.Skill;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * The skills an assessment measures, as the pure adaptive algorithm sees them: all the
 * skills of a competence, or any set of skills a campaign or a certification chose
 * (across competences and frameworks). The bank is immutable, so each competence's view
 * is built once, on first use.
 */
@Component
public class AssessedSkills {

	private final ContentBank bank;

	private final Map<String, List<Skill>> competences = new ConcurrentHashMap<>();

	private final Map<String, List<Challenge>> playable = new ConcurrentHashMap<>();

	private final Map<String, KnowledgeElements.Place> places = new ConcurrentHashMap<>();

	AssessedSkills(ContentBank bank) {
		this.bank = bank;
	}

	public List<Skill> of(Assessment assessment) {
		var chosen = assessment.skillIds();
		if (chosen != null) {
			return ofIds(chosen);
		}
		return ofCompetence(assessment.framework(), Objects.requireNonNull(assessment.competence()));
	}

	public List<Skill> ofCompetence(String framework, String competence) {
		return this.competences.computeIfAbsent(framework + "/" + competence,
				key -> this.bank.skills(framework, competence).stream().map(AssessedSkills::domain).toList());
	}

	/** The active skills among these ids; unknown or archived ones are left out. */
	public List<Skill> ofIds(Collection<String> skillIds) {
		return skillIds.stream()
			.map(this.bank::skill)
			.flatMap(Optional::stream)
			.filter(org.acquis.referential.Skill::active)
			.map(AssessedSkills::domain)
			.toList();
	}

	public List<Challenge> playableChallenges(List<Skill> skills) {
		return skills.stream().flatMap(s -> playable(s.id()).stream()).toList();
	}

	private List<Challenge> playable(String skillId) {
		return this.playable.computeIfAbsent(skillId,
				id -> this.bank.playableChallenges(id)
					.stream()
					.map(c -> new Challenge(c.id(), c.skillId(), c.timed()))
					.toList());
	}

	/** Where each skill sits, stored with its knowledge elements. */
	public Map<String, KnowledgeElements.Place> places(List<Skill> skills) {
		return skills.stream()
			.map(Skill::id)
			.filter(id -> this.bank.skill(id).isPresent())
			.collect(Collectors.toMap(id -> id, id -> this.places.computeIfAbsent(id, this::place)));
	}

	/** Where a skill of the bank sits; empty for a skill the bank does not hold. */
	Optional<KnowledgeElements.Place> placeOf(String skillId) {
		return this.bank.skill(skillId).map(skill -> this.places.computeIfAbsent(skillId, this::place));
	}

	private KnowledgeElements.Place place(String skillId) {
		var skill = this.bank.skill(skillId).orElseThrow();
		var framework = this.bank.tube(skill.tube()).map(t -> t.framework()).orElse(ContentBank.CORE);
		return new KnowledgeElements.Place(skill.tube(), framework, skill.competence());
	}

	/**
	 * Knowledge elements that count in an assessment: an improvement forgets old
	 * failures.
	 */
	static List<KnowledgeElement> effective(Assessment assessment, List<KnowledgeElement> history,
			EvaluationPolicy policy) {
		return assessment.improving() ? policy.stateForImprovement(history, assessment.createdAt()) : history;
	}

	private static Skill domain(org.acquis.referential.Skill skill) {
		return new Skill(skill.id(), skill.tube(), skill.level(), skill.pixValue());
	}

}

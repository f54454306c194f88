package org.acquis.evaluation.profile;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acquis.evaluation.assessment.EvaluationSettings;
import org.acquis.evaluation.assessment.Assessment;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.AssessedSkills;
import org.acquis.evaluation.assessment.KnowledgeElements;
import org.acquis.evaluation.domain.CompetenceScoring;
import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.referential.ContentBank;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's profile: the 16 core competences with level and pix, the total and
 * certifiability.
 */
@Component
@NamedInterface("profile")
public class LearnerProfile {

	static final int CERTIFIABLE_COMPETENCES = 5;

	private final KnowledgeElements knowledgeElements;

	private final Assessments assessments;

	private final AssessedSkills skills;

	private final ContentBank bank;

	private final EvaluationSettings settings;

	private final Clock clock;

	private final CompetenceScoring scoring = new CompetenceScoring();

	LearnerProfile(KnowledgeElements knowledgeElements, Assessments assessments, AssessedSkills skills,
			ContentBank bank, EvaluationSettings settings, Clock clock) {
		this.knowledgeElements = knowledgeElements;
		this.assessments = assessments;
		this.skills = skills;
		this.bank = bank;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Profile of(UUID userId) {
		var framework = this.bank.core();
		var elements = this.knowledgeElements.ofUser(userId, framework.code());
		var evaluations = this.assessments.ofUser(userId);
		var policy = new EvaluationPolicy(this.clock);
		var scorecards = framework.competences().stream().map(competence -> {
			var history = elements.getOrDefault(competence.code(), List.of());
			var score = this.scoring.score(this.skills.ofCompetence(framework.code(), competence.code()), history,
					this.settings.maxLevel());
			var latest = evaluations.stream()
				.filter(a -> competence.code().equals(a.competence()) && a.state() != Assessment.State.ABORTED)
				.reduce((first, second) -> second);
			var status = latest.map(a -> a.started() ? CompetenceStatus.STARTED : CompetenceStatus.COMPLETED)
				.orElse(CompetenceStatus.NOT_STARTED);
			var completed = status == CompetenceStatus.COMPLETED;
			return new Scorecard(competence.code(), competence.name(), competence.areaCode(), score.level(),
					score.pix(), status, completed && policy.canReset(history), policy.canImprove(history, completed),
					latest.filter(Assessment::started).map(Assessment::id).orElse(null),
					completed ? policy.improveAllowedAt(history).orElse(null) : null,
					completed ? policy.resetAllowedAt(history).orElse(null) : null);
		}).toList();
		int total = scorecards.stream().mapToInt(Scorecard::pix).sum();
		boolean certifiable = scorecards.stream().filter(s -> s.level() >= 1).count() >= CERTIFIABLE_COMPETENCES;
		return new Profile(total, this.settings.maxLevel(), certifiable, scorecards);
	}

}

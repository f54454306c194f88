package org.acquis.evaluation.competence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.acquis.evaluation.assessment.Assessment;
import org.acquis.evaluation.assessment.AssessmentReview;
import org.acquis.evaluation.assessment.AssessedSkills;
import org.acquis.evaluation.assessment.EvaluationSettings;
import org.acquis.evaluation.assessment.KnowledgeElements;
import org.acquis.evaluation.domain.CompetenceScoring;
import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeState;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.profile.Scorecard;
import org.acquis.evaluation.tutorial.TutorialsToReview;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.referential.Tutorial;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result of a competence evaluation, worth reading: the level reached and what it
 * means (the framework's definition and the competence's milestones, for that level and
 * the next), the pix this evaluation earned and the total, the recap of every answer,
 * tutorials to progress, and when the learner may retry (4 days) or reset (7 days).
 */
@Component
class EvaluationResults {

	/** Dates are shown as the learners live them: the product serves French schools. */
	static final ZoneId SCHOOLS = ZoneId.of("Europe/Paris");

	private final AssessmentReview review;

	private final LearnerProfile profile;

	private final KnowledgeElements knowledgeElements;

	private final AssessedSkills skills;

	private final TutorialsToReview toReview;

	private final ContentBank bank;

	private final EvaluationSettings settings;

	private final CompetenceScoring scoring = new CompetenceScoring();

	EvaluationResults(AssessmentReview review, LearnerProfile profile, KnowledgeElements knowledgeElements,
			AssessedSkills skills, TutorialsToReview toReview, ContentBank bank, EvaluationSettings settings) {
		this.review = review;
		this.profile = profile;
		this.knowledgeElements = knowledgeElements;
		this.skills = skills;
		this.toReview = toReview;
		this.bank = bank;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	Result of(UUID assessmentId, UUID userId, String competenceCode) {
		var review = this.review.of(assessmentId, userId);
		var profile = this.profile.of(userId);
		var card = profile.competences()
			.stream()
			.filter(c -> c.code().equals(competenceCode))
			.findFirst()
			.orElseThrow();
		var framework = this.bank.core();
		var competence = framework.competence(competenceCode).orElseThrow();
		var history = this.knowledgeElements.ofCompetence(userId, competenceCode);
		var last = KnowledgeState.of(history).lastCreatedAt();
		return new Result(review.assessment(), competence, card, profile.totalPix(),
				framework.level(card.level()).orElse(null),
				card.level() < this.settings.maxLevel() ? framework.level(card.level() + 1).orElse(null) : null,
				competence.levelMilestones().getOrDefault(card.level(), List.of()),
				competence.levelMilestones().getOrDefault(card.level() + 1, List.of()),
				pixEarned(review.assessment(), history), review.answers(), this.toReview.of(assessmentId),
				last.map(l -> date(l.plus(EvaluationPolicy.IMPROVE_DELAY))).orElse(null),
				last.map(l -> date(l.plus(EvaluationPolicy.RESET_DELAY))).orElse(null));
	}

	/**
	 * The competence's pix once this evaluation was over, less its pix before it began
	 * (negative when it overwrote earlier successes with failures).
	 */
	private int pixEarned(Assessment assessment, List<KnowledgeElement> history) {
		var own = history.stream().filter(e -> e.isOf(assessment.id())).map(KnowledgeElement::createdAt).toList();
		if (own.isEmpty()) {
			return 0;
		}
		var end = own.get(own.size() - 1);
		var competenceSkills = this.skills.ofCompetence(ContentBank.CORE,
				Objects.requireNonNull(assessment.competence()));
		var before = history.stream().filter(e -> e.createdAt().isBefore(assessment.createdAt())).toList();
		var after = history.stream().filter(e -> !e.createdAt().isAfter(end)).toList();
		return this.scoring.score(competenceSkills, after, this.settings.maxLevel()).pix()
				- this.scoring.score(competenceSkills, before, this.settings.maxLevel()).pix();
	}

	private LocalDate date(Instant instant) {
		return instant.atZone(SCHOOLS).toLocalDate();
	}

	/**
	 * @param level what the level reached means, null at level 0
	 * @param next what the next level means, null at the highest level
	 * @param retryFrom the day the learner may retry, null with nothing to retry
	 * @param resetFrom the day the learner may reset, null with nothing to reset
	 */
	record Result(Assessment assessment, Framework.Competence competence, Scorecard card, int totalPix,
			Framework.@Nullable Level level, Framework.@Nullable Level next, List<String> milestones,
			List<String> nextMilestones, int pixEarned, List<AssessmentReview.ReviewedAnswer> recap,
			List<Tutorial> tutorials, @Nullable LocalDate retryFrom, @Nullable LocalDate resetFrom) {
	}

}

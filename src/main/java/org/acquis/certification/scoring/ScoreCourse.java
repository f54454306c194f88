package org.acquis.certification.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;

import org.acquis.certification.course.CertificationCourse;
import org.acquis.certification.course.CertificationCourses;
import org.acquis.certification.scoring.domain.CertificationScore;
import org.acquis.certification.scoring.domain.CertificationScorer;
import org.acquis.certification.scoring.domain.ScoringInput;
import org.acquis.certification.scoring.domain.ScoringInput.Outcome;
import org.acquis.certification.scoring.domain.ScoringV2;
import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * Scores a started course from its draw, the answers of its assessment (those given
 * before the invigilator ended it), its incidents and the profile the draw was made from;
 * stores the result.
 */
@Component
class ScoreCourse {

	private final CertificationCourses courses;

	private final AssessmentSummaries summaries;

	private final Results results;

	private final ContentBank bank;

	private final Clock clock;

	private final CertificationScorer scorer = new ScoringV2();

	ScoreCourse(CertificationCourses courses, AssessmentSummaries summaries, Results results, ContentBank bank,
			Clock clock) {
		this.courses = courses;
		this.summaries = summaries;
		this.results = results;
		this.bank = bank;
		this.clock = clock;
	}

	CertificationScore score(CertificationCourse course) {
		var summary = this.summaries.of(Objects.requireNonNull(course.assessmentId())).orElseThrow();
		var answers = summary.answers()
			.stream()
			.filter(a -> course.endedAt() == null || !a.answeredAt().isAfter(course.endedAt()))
			.toList();
		var incidents = this.results.neutralisingIncidents(course.id());
		var draw = this.courses.draw(course.id());
		var challenges = new ArrayList<ScoringInput.ScoredChallenge>();
		for (int i = 0; i < draw.size(); i++) {
			var drawn = draw.get(i);
			// the method asks in drawing order: the i-th answer is the i-th challenge's
			var answer = i < answers.size() ? answers.get(i) : null;
			var outcome = answer == null ? Outcome.UNANSWERED
					: "OK".equals(answer.result()) ? Outcome.RIGHT : Outcome.WRONG;
			var asked = answer == null ? drawn.challengeId() : answer.challengeId();
			boolean dependent = this.bank.challenge(asked).map(c -> c.type() == Challenge.Type.QROCM_DEP).orElse(false);
			challenges.add(new ScoringInput.ScoredChallenge(asked, drawn.competence(), dependent, outcome,
					incidents.contains(asked)));
		}
		var profile = new HashMap<String, ScoringInput.ProfileLevel>();
		this.courses.profile(course.id())
			.forEach((code, c) -> profile.put(code, new ScoringInput.ProfileLevel(c.level(), c.pix())));
		var abort = course.abortReason() == null ? null : ScoringInput.AbortReason.valueOf(course.abortReason());
		int maxLevel = course.maxLevel() == null ? 8 : course.maxLevel();
		var score = this.scorer.score(new ScoringInput(challenges, profile, maxLevel, abort));
		this.results.save(course.id(), this.scorer.name(), score, this.clock.instant());
		return score;
	}

}

package org.acquis.evaluation.assessment;

import java.util.List;

import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.ProgressEstimate;
import org.acquis.evaluation.domain.Skill;
import org.springframework.stereotype.Component;

/**
 * The soft progress of a test shown on the question page: "Question 7" and a bar filled
 * by the answers given over those plus an estimate of what is left
 * ({@link ProgressEstimate}); never an exact total. The answer that chose the question
 * computed the estimate from the elements it had in memory; a reload or a resume reads
 * them.
 */
@Component
class QuestionProgress {

	private final AssessedSkills skills;

	private final KnowledgeElements knowledgeElements;

	private final ProgressEstimate estimate = new ProgressEstimate();

	QuestionProgress(AssessedSkills skills, KnowledgeElements knowledgeElements) {
		this.skills = skills;
		this.knowledgeElements = knowledgeElements;
	}

	Progress of(AskNextChallenge.AskedChallenge asked) {
		var assessment = asked.assessment();
		var left = asked.skillsLeft();
		if (left == null) {
			left = assessment.answers() == 0 ? 0 : left(assessment);
		}
		var limit = assessment.rules().questionLimit();
		if (limit != null) {
			left = Math.min(left, Math.max(0, limit - assessment.answers()));
		}
		return new Progress(assessment.answers(), left);
	}

	/** From the elements the answer had in memory. */
	int left(List<Skill> assessed, List<KnowledgeElement> history) {
		return this.estimate.skillsLeft(assessed, this.skills.playableChallenges(assessed), history);
	}

	private int left(Assessment assessment) {
		var assessed = this.skills.of(assessment);
		var history = this.knowledgeElements.ofSkills(assessment.userId(), this.skills.places(assessed),
				assessment.id());
		return left(assessed, history);
	}

	/**
	 * @param answered the answers given
	 * @param left an estimate of the questions left, at least the current one
	 */
	record Progress(int answered, int left) {

		Progress {
			left = Math.max(1, left);
		}

		public int total() {
			return this.answered + this.left;
		}

		public int percent() {
			return 100 * this.answered / total();
		}

	}

}

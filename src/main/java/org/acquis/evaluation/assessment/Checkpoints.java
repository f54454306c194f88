package org.acquis.evaluation.assessment;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every 5 answers, a checkpoint: the answers just given with their result and, on demand,
 * the expected answer and the tutorials ("Réponses et tutos", domain.md §4). It shows
 * recorded answers only ({@link AssessmentReview}), so never the correction of a question
 * still to answer; "Continuer" goes on to the current question. The end of an evaluation
 * has its own recap, on the result page. Nothing of the kind during a certification.
 */
@Controller
class Checkpoints {

	static final int EVERY = 5;

	private final AssessmentReview review;

	Checkpoints(AssessmentReview review) {
		this.review = review;
	}

	/** After this answer (the assessment as it stands once it is recorded). */
	static boolean due(Assessment assessment) {
		return assessment.type() != Assessment.Type.CERTIFICATION && assessment.answers() > 0
				&& assessment.answers() % EVERY == 0;
	}

	@GetMapping("/evaluations/{id}/point-etape")
	String checkpoint(@PathVariable UUID id, CurrentUser user, Model model) {
		var review = this.review.of(id, user.id());
		var answers = review.lastGroupOf(EVERY);
		if (answers.isEmpty()) {
			return "redirect:/evaluations/" + id;
		}
		model.addAttribute("assessment", review.assessment());
		model.addAttribute("answers", answers);
		model.addAttribute("first", review.answers().size() / EVERY * EVERY - EVERY + 1);
		return "evaluation/checkpoint";
	}

}

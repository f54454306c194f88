package org.acquis.evaluation.competence;

import java.util.List;
import java.util.UUID;

import org.acquis.evaluation.assessment.Assessment;
import org.acquis.evaluation.assessment.AssessmentEndPages;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.profile.Scorecard;
import org.acquis.evaluation.tutorial.LearnerTutorials;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A competence's page (level, tubes, start, retry, reset) and the result of its
 * evaluation.
 */
@Controller
class CompetencePages {

	private final LearnerProfile profile;

	private final StartCompetenceEvaluation start;

	private final ImproveCompetence improve;

	private final ResetCompetence reset;

	private final Assessments assessments;

	private final LearnerTutorials tutorials;

	private final ContentBank bank;

	private final EvaluationResults results;

	private final List<AssessmentEndPages> endPages;

	CompetencePages(LearnerProfile profile, StartCompetenceEvaluation start, ImproveCompetence improve,
			ResetCompetence reset, Assessments assessments, LearnerTutorials tutorials, ContentBank bank,
			EvaluationResults results, List<AssessmentEndPages> endPages) {
		this.profile = profile;
		this.start = start;
		this.improve = improve;
		this.reset = reset;
		this.assessments = assessments;
		this.tutorials = tutorials;
		this.bank = bank;
		this.results = results;
		this.endPages = endPages;
	}

	@GetMapping("/competences/{code}")
	String competence(@PathVariable String code, CurrentUser user, Model model) {
		var competence = this.bank.competence(ContentBank.CORE, code)
			.orElseThrow(() -> DomainException.notFound("COMPETENCE_UNKNOWN", code));
		model.addAttribute("competence", competence);
		model.addAttribute("card", card(user, code));
		model.addAttribute("tubes", this.bank.tubes(ContentBank.CORE, code));
		model.addAttribute("lastResult",
				this.assessments.ofUser(user.id())
					.stream()
					.filter(a -> code.equals(a.competence()) && a.type() == Assessment.Type.COMPETENCE_EVALUATION
							&& a.state() == Assessment.State.COMPLETED)
					.reduce((first, second) -> second)
					.map(Assessment::id)
					.orElse(null));
		return "evaluation/competence";
	}

	@PostMapping("/competences/{code}/evaluation")
	String startEvaluation(@PathVariable String code, CurrentUser user) {
		return "redirect:/evaluations/" + this.start.start(user.id(), code).assessmentId();
	}

	@PostMapping("/competences/{code}/retenter")
	String improve(@PathVariable String code, CurrentUser user) {
		return "redirect:/evaluations/" + this.improve.improve(user.id(), code).assessmentId();
	}

	@PostMapping("/competences/{code}/remise-a-zero")
	String reset(@PathVariable String code, CurrentUser user) {
		this.reset.reset(user.id(), code);
		return "redirect:/competences/" + code;
	}

	@GetMapping("/evaluations/{id}/resultat")
	String result(@PathVariable UUID id, CurrentUser user, Model model) {
		var assessment = this.assessments.find(id)
			.filter(a -> a.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (assessment.type() == Assessment.Type.CERTIFICATION) {
			// the end of a certification test: no result before the jury publishes it
			return "evaluation/test-finished";
		}
		if (assessment.competence() == null) {
			return "redirect:" + this.endPages.stream()
				.flatMap(pages -> pages.after(id, user.id()).stream())
				.findFirst()
				.orElse("/profil");
		}
		if (assessment.started()) {
			return "redirect:/evaluations/" + id;
		}
		var result = this.results.of(id, user.id(), assessment.competence());
		model.addAttribute("result", result);
		model.addAttribute("card", result.card());
		model.addAttribute("tutorials", result.tutorials());
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		model.addAttribute("back", "/evaluations/" + id + "/resultat");
		return "evaluation/result";
	}

	private Scorecard card(CurrentUser user, String code) {
		return this.profile.of(user.id())
			.competences()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}

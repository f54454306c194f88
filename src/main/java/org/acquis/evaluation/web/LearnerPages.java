package org.acquis.evaluation.web;

import java.util.UUID;

import org.acquis.evaluation.assessment.AnswerChallenge;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.AskNextChallenge;
import org.acquis.evaluation.competence.ImproveCompetence;
import org.acquis.evaluation.competence.ResetCompetence;
import org.acquis.evaluation.competence.StartCompetenceEvaluation;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.tutorial.LearnerTutorials;
import org.acquis.evaluation.tutorial.TutorialsToReview;
import org.acquis.identity.CurrentUser;
import org.acquis.referential.AnswerForm;
import org.acquis.referential.ChallengeView;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The learner's pages: profile, competence, one question per page, results, tutorials.
 */
@Controller
class LearnerPages {

	private static final int MAX_ANSWER_KEY = 200;

	private final LearnerProfile profile;

	private final StartCompetenceEvaluation start;

	private final ImproveCompetence improve;

	private final ResetCompetence reset;

	private final AskNextChallenge ask;

	private final AnswerChallenge answer;

	private final Assessments assessments;

	private final TutorialsToReview toReview;

	private final LearnerTutorials tutorials;

	private final ContentBank bank;

	private final NextQuestions nextQuestions;

	LearnerPages(LearnerProfile profile, StartCompetenceEvaluation start, ImproveCompetence improve,
			ResetCompetence reset, AskNextChallenge ask, AnswerChallenge answer, Assessments assessments,
			TutorialsToReview toReview, LearnerTutorials tutorials, ContentBank bank, NextQuestions nextQuestions) {
		this.profile = profile;
		this.start = start;
		this.improve = improve;
		this.reset = reset;
		this.ask = ask;
		this.answer = answer;
		this.assessments = assessments;
		this.toReview = toReview;
		this.tutorials = tutorials;
		this.bank = bank;
		this.nextQuestions = nextQuestions;
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/profil")
	String profile(CurrentUser user, Model model) {
		var profile = this.profile.of(user.id());
		model.addAttribute("profile", profile);
		model.addAttribute("rosette", Rosette.of(profile));
		model.addAttribute("areas", this.bank.core().areas());
		return "evaluation/profile";
	}

	@GetMapping("/competences/{code}")
	String competence(@PathVariable String code, CurrentUser user, Model model) {
		var competence = this.bank.competence(ContentBank.CORE, code)
			.orElseThrow(() -> DomainException.notFound("COMPETENCE_UNKNOWN", code));
		var card = this.profile.of(user.id())
			.competences()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
		model.addAttribute("competence", competence);
		model.addAttribute("card", card);
		model.addAttribute("tubes", this.bank.tubes(ContentBank.CORE, code));
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

	/**
	 * The current question: the one the answer just posted chose (kept for this
	 * redirect), else read from the assessment.
	 */
	@GetMapping("/evaluations/{id}")
	String question(@PathVariable UUID id, CurrentUser user, Model model) {
		var asked = this.nextQuestions.take(id, user.id()).or(() -> this.ask.ask(id, user.id()));
		if (asked.isEmpty()) {
			return "redirect:/evaluations/" + id + "/resultat";
		}
		var assessment = asked.get().assessment();
		model.addAttribute("assessment", assessment);
		model.addAttribute("number", assessment.answers() + 1);
		model.addAttribute("challenge",
				ChallengeView.of(asked.get().challenge(), asked.get().deadline(), assessment.seed()));
		model.addAttribute("answerKey", UUID.randomUUID().toString());
		model.addAttribute("competence", assessment.competence() == null ? null
				: this.bank.competence(ContentBank.CORE, assessment.competence()).orElse(null));
		return "evaluation/question";
	}

	@PostMapping("/evaluations/{id}")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, CurrentUser user) {
		var given = given(id, form, user);
		this.nextQuestions.forget(id);
		try {
			var answered = this.answer.answer(given);
			if (answered.next().isEmpty()) {
				return "redirect:/evaluations/" + id + "/resultat";
			}
			// post, redirect, get: the page shows the question the answer chose
			this.nextQuestions.keep(user.id(), answered.next().get());
		}
		catch (DomainException ex) {
			// a second tab or a double click: the question was answered already, show the
			// current one
			if (!"CHALLENGE_NOT_CURRENT".equals(ex.code()) && !"ASSESSMENT_NOT_STARTED".equals(ex.code())) {
				throw ex;
			}
		}
		return "redirect:/evaluations/" + id;
	}

	private static AnswerChallenge.GivenAnswer given(UUID id, MultiValueMap<String, String> form, CurrentUser user) {
		var answerKey = form.getFirst("answerKey");
		// the API's limit on Idempotency-Key: the key is indexed with the answer
		if (answerKey != null && (answerKey.isBlank() || answerKey.length() > MAX_ANSWER_KEY)) {
			throw DomainException.badInput("ANSWER_KEY_INVALID");
		}
		return new AnswerChallenge.GivenAnswer(id, user.id(), form.getFirst("challengeId"), AnswerForm.value(form),
				form.containsKey("skip"), "true".equals(form.getFirst("timedOut")),
				"true".equals(form.getFirst("focusedOut")), answerKey);
	}

	@GetMapping("/evaluations/{id}/resultat")
	String result(@PathVariable UUID id, CurrentUser user, Model model) {
		var assessment = this.assessments.find(id)
			.filter(a -> a.userId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (assessment.competence() == null) {
			return "redirect:/profil";
		}
		var card = this.profile.of(user.id())
			.competences()
			.stream()
			.filter(c -> c.code().equals(assessment.competence()))
			.findFirst()
			.orElseThrow();
		model.addAttribute("card", card);
		model.addAttribute("tutorials", this.toReview.of(id));
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		return "evaluation/result";
	}

	@GetMapping("/tutoriels")
	String savedTutorials(CurrentUser user, Model model) {
		model.addAttribute("tutorials", this.tutorials.saved(user.id()));
		model.addAttribute("marks", this.tutorials.marks(user.id()));
		return "evaluation/tutorials";
	}

	@PostMapping("/tutoriels/{id}/enregistrer")
	String saveTutorial(@PathVariable String id, @RequestParam(defaultValue = "true") boolean saved,
			@RequestParam(defaultValue = "/tutoriels") String back, CurrentUser user) {
		this.tutorials.save(user.id(), id, saved);
		return "redirect:" + safe(back);
	}

	@PostMapping("/tutoriels/{id}/utile")
	String usefulTutorial(@PathVariable String id, @RequestParam(defaultValue = "/tutoriels") String back,
			CurrentUser user) {
		this.tutorials.markUseful(user.id(), id);
		return "redirect:" + safe(back);
	}

	/** Only paths of this site: never an open redirect. */
	private static String safe(String back) {
		return back.startsWith("/") && !back.startsWith("//") && back.matches("[A-Za-z0-9/_\\-.]*") ? back
				: "/tutoriels";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "accessibility";
	}

}

package org.acquis.evaluation.assessment;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.referential.AnswerForm;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One question per page: post the answer, redirect, get the next question. */
@Controller
class QuestionPages {

	private static final int MAX_ANSWER_KEY = 200;

	private final AskNextChallenge ask;

	private final AnswerChallenge answer;

	private final ContentBank bank;

	private final NextQuestions nextQuestions;

	private final QuestionProgress progress;

	private final StartTimedChallenge start;

	QuestionPages(AskNextChallenge ask, AnswerChallenge answer, ContentBank bank, NextQuestions nextQuestions,
			QuestionProgress progress, StartTimedChallenge start) {
		this.start = start;
		this.ask = ask;
		this.answer = answer;
		this.bank = bank;
		this.nextQuestions = nextQuestions;
		this.progress = progress;
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
		model.addAttribute("progress", this.progress.of(asked.get()));
		model.addAttribute("challenge", asked.get().view());
		model.addAttribute("answerKey", UUID.randomUUID().toString());
		model.addAttribute("competence", assessment.competence() == null ? null
				: this.bank.competence(ContentBank.CORE, assessment.competence()).orElse(null));
		return "evaluation/question";
	}

	/** "Commencer" on a timed question's warning: its clock starts, then the question. */
	@PostMapping("/evaluations/{id}/commencer")
	String start(@PathVariable UUID id, CurrentUser user) {
		this.nextQuestions.forget(id);
		this.start.start(id, user.id());
		return "redirect:/evaluations/" + id;
	}

	@PostMapping("/evaluations/{id}")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, CurrentUser user,
			RedirectAttributes redirect) {
		var given = given(id, form, user);
		this.nextQuestions.forget(id);
		try {
			var answered = this.answer.answer(given);
			var levelUp = answered.levelUp();
			if (levelUp != null) {
				// announced on the page the redirect shows; kept in the session: plain
				// values
				var notice = new java.util.LinkedHashMap<String, Object>();
				notice.put("competence", levelUp.competence());
				notice.put("level", levelUp.level());
				redirect.addFlashAttribute("levelUp", notice);
			}
			if (answered.next().isEmpty()) {
				return "redirect:/evaluations/" + id + "/resultat";
			}
			// post, redirect, get: the page shows the question the answer chose
			var next = answered.next().get();
			this.nextQuestions.keep(user.id(), next);
			if (Checkpoints.due(next.assessment())) {
				return "redirect:/evaluations/" + id + "/point-etape";
			}
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

}

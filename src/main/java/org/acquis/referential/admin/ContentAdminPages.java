package org.acquis.referential.admin;

import java.util.List;

import org.acquis.referential.AnswerForm;
import org.acquis.referential.Challenge;
import org.acquis.referential.ChallengeView;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Back office for content authors: the bank's figures, each competence's challenges, a
 * preview.
 */
@Controller
class ContentAdminPages {

	private final ReadContentStatistics statistics;

	private final PreviewChallenge preview;

	private final ContentBank bank;

	ContentAdminPages(ReadContentStatistics statistics, PreviewChallenge preview, ContentBank bank) {
		this.statistics = statistics;
		this.preview = preview;
		this.bank = bank;
	}

	@GetMapping("/admin")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT','SUPPORT','CERTIFICATION')")
	String home() {
		return "referential/admin-home";
	}

	@GetMapping("/admin/contenu")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT','SUPPORT')")
	String stats(@RequestParam(defaultValue = "crcn") String framework, Model model) {
		model.addAttribute("stats", this.statistics.read(framework));
		model.addAttribute("frameworks", this.bank.frameworks());
		model.addAttribute("framework", framework);
		return "referential/content-stats";
	}

	@GetMapping("/admin/contenu/{framework}/{competence}")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	String competence(@PathVariable String framework, @PathVariable String competence, Model model) {
		var found = this.bank.competence(framework, competence)
			.orElseThrow(() -> DomainException.notFound("COMPETENCE_UNKNOWN", competence));
		model.addAttribute("competence", found);
		model.addAttribute("tubes",
				this.bank.tubes(framework, competence)
					.stream()
					.map(tube -> new TubeRow(tube.name(), tube.titleFr(),
							this.bank.skillsOfTube(tube.name())
								.stream()
								.flatMap(skill -> this.bank.challenges(skill.id()).stream())
								.toList()))
					.toList());
		return "referential/content-competence";
	}

	record TubeRow(String name, String title, List<Challenge> challenges) {
	}

	@GetMapping("/admin/epreuves/{id}")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	String challenge(@PathVariable String id, Model model) {
		preview(challengeOf(id), model);
		return "referential/challenge-preview";
	}

	/**
	 * The author's answer, read and judged as a learner's (each text at most as long as
	 * theirs, checked before any matching runs).
	 */
	@PostMapping("/admin/epreuves/{id}/essai")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	String tryAnswer(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
		var challenge = challengeOf(id);
		var outcome = this.bank.judge(challenge, challenge.answerValue(AnswerForm.value(form)));
		preview(challenge, model);
		var trial = AnswerTrialResult.of(outcome);
		model.addAttribute("trial", trial);
		model.addAttribute("trialFields", SolutionText.verdicts(trial.fields(), challenge.fields()));
		return "referential/challenge-preview";
	}

	private Challenge challengeOf(String id) {
		return this.bank.challenge(id).orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND", id));
	}

	private void preview(Challenge challenge, Model model) {
		var preview = this.preview.preview(challenge.id());
		model.addAttribute("preview", preview);
		model.addAttribute("rightAnswer", SolutionText.accepted(preview.solution(), challenge.fields()));
		model.addAttribute("acceptedAnswers", SolutionText.accepted(preview.acceptedAnswers(), challenge.fields()));
		model.addAttribute("challenge", ChallengeView.asAuthored(challenge));
	}

}

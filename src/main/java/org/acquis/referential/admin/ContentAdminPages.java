package org.acquis.referential.admin;

import java.util.LinkedHashMap;
import java.util.List;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
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

	private final AnswerValidator validator = new AnswerValidator();

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
		model.addAttribute("preview", this.preview.preview(id));
		return "referential/challenge-preview";
	}

	@PostMapping("/admin/epreuves/{id}/essai")
	@PreAuthorize("hasAnyRole('SUPER_ADMIN','CONTENT')")
	String tryAnswer(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
		var challenge = this.bank.challenge(id).orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND", id));
		var outcome = this.validator.validate(challenge.solution(), value(challenge, form));
		model.addAttribute("preview", this.preview.preview(id));
		model.addAttribute("trial", AnswerTrialResult.of(outcome));
		return "referential/challenge-preview";
	}

	/**
	 * Each text at most as long as a learner's answer, checked before any matching runs.
	 */
	private static AnswerValue value(Challenge challenge, MultiValueMap<String, String> form) {
		if (challenge.type() == Challenge.Type.QROCM_IND || challenge.type() == Challenge.Type.QROCM_DEP) {
			var fields = new LinkedHashMap<String, String>();
			challenge.fields().forEach(f -> fields.put(f.key(), capped(form.getFirst("field." + f.key()))));
			return new AnswerValue.Fields(fields);
		}
		return new AnswerValue.Text(capped(String.join(",", form.getOrDefault("value", List.of()))));
	}

	private static @Nullable String capped(@Nullable String text) {
		if (text != null && text.length() > AnswerTrial.MAX_TEXT) {
			throw DomainException.badInput("ANSWER_TRIAL_INVALID", "value");
		}
		return text;
	}

}

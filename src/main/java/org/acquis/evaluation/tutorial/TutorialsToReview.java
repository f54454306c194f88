package org.acquis.evaluation.tutorial;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.acquis.evaluation.assessment.Answers;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Tutorial;
import org.springframework.stereotype.Component;

/** After an evaluation: the tutorials of the skills the learner failed in it. */
@Component
public class TutorialsToReview {

	private final Answers answers;

	private final ContentBank bank;

	TutorialsToReview(Answers answers, ContentBank bank) {
		this.answers = answers;
		this.bank = bank;
	}

	public List<Tutorial> of(UUID assessmentId) {
		var ids = new LinkedHashSet<String>();
		this.answers.ofAssessment(assessmentId)
			.stream()
			.filter(a -> !a.result().success())
			.flatMap(a -> this.bank.skill(a.skillId()).stream())
			.forEach(skill -> ids.addAll(skill.tutorialIds()));
		return ids.stream().flatMap(id -> this.bank.tutorial(id).stream()).toList();
	}

}

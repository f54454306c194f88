package org.acquis.referential.admin;

import java.util.List;

import org.acquis.referential.Challenge;
import org.acquis.referential.Skill;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValue;
import org.jspecify.annotations.Nullable;

/**
 * A challenge as a learner sees it (the shape of next-challenge in api.md), plus what
 * only authors may see: where it sits in the framework and its solution.
 *
 * @param solution one answer the validation accepts, shaped as an answer's {@code value}
 * @param acceptedAnswers the full solution as authored
 */
record ChallengePreview(String challengeId, String type, String instruction, List<Challenge.Proposal> proposals,
		List<Challenge.Field> fields, @Nullable Integer timerSeconds, boolean focused, List<FileLink> attachments,
		@Nullable IllustrationLink illustration, String skill, String tube, int level, String competence,
		Object solution, Object acceptedAnswers) {

	record FileLink(String name, String url) {
	}

	record IllustrationLink(String url, String alt) {
	}

	static ChallengePreview of(Challenge challenge, AnswerKey key, Skill skill) {
		var illustration = challenge.illustration();
		return new ChallengePreview(challenge.id(), challenge.type().name(), challenge.instruction(),
				challenge.proposals(), challenge.fields(), challenge.timerSeconds(), challenge.focused(),
				challenge.attachments().stream().map(name -> new FileLink(name, url(challenge, name))).toList(),
				illustration == null ? null
						: new IllustrationLink(url(challenge, illustration.file()), illustration.alt()),
				skill.id(), skill.tube(), skill.level(), challenge.competence(), value(key.rightAnswer()),
				key.acceptedAnswers());
	}

	/** The same address the learner's page uses (without asking for a download). */
	private static String url(Challenge challenge, String name) {
		return challenge.fileUrl(name);
	}

	private static Object value(AnswerValue answer) {
		return switch (answer) {
			case AnswerValue.Text text -> text.value();
			case AnswerValue.Fields fields -> fields.values();
		};
	}

}
